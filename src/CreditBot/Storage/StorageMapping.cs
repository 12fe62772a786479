using System.Globalization;
using CreditBot.BotFramework;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// Every LiteDB mapping, in one place: the domain's value types and positional records (LiteDB wants a
/// parameterless constructor), and the entities whose id is one of their fields. Domain types carry no LiteDB
/// attribute; a store never registers a mapping of its own.
/// </summary>
public static class StorageMapping
{
    public static void Register(BsonMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
#pragma warning disable CA1062 // LiteDB never hands a null BsonValue to a registered deserializer.
        // Otherwise a DateOnly becomes a sub-document.
        mapper.RegisterType(
            d => new BsonValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            b => DateOnly.ParseExact(b.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        mapper.RegisterType(
            c => new BsonValue(c.Code),
            b => new Currency(b.AsString));
        mapper.RegisterType(
            c => new BsonValue(c.Value),
            b => new ClientCode(b.AsString));
        mapper.RegisterType(
            m => new BsonDocument { ["Amount"] = new BsonValue(m.Amount), ["Currency"] = new BsonValue(m.Currency.Code) },
            b => new Money(b["Amount"].AsDecimal, new Currency(b["Currency"].AsString)));
        mapper.RegisterType(
            t => new BsonDocument { ["Days"] = t.Days, ["Basis"] = t.Basis.ToString() },
            b => new PaymentTerms(b["Days"].AsInt32, Enum.Parse<PaymentTermsBasis>(b["Basis"].AsString)));
        mapper.RegisterType(
            l => new BsonDocument
            {
                ["Amount"] = mapper.Serialize(l.Amount),
                ["ReviewDate"] = l.ReviewDate is { } r ? mapper.Serialize(r) : BsonValue.Null,
                ["ValidFrom"] = l.ValidFrom is { } v ? mapper.Serialize(v) : BsonValue.Null,
            },
            b => new CreditLimit(
                mapper.Deserialize<Money>(b["Amount"]),
                b["ReviewDate"].IsNull ? null : mapper.Deserialize<DateOnly>(b["ReviewDate"]),
                b["ValidFrom"].IsNull ? null : mapper.Deserialize<DateOnly>(b["ValidFrom"])));
#pragma warning restore CA1062

        // One reference per conversation: the conversation id is the key.
        mapper.Entity<ConversationReference>().Id(r => r.ConversationId, autoId: false);
    }
}
