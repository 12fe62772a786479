using CreditBot.Committee;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// Limits decided by the committee (or a decider within their authority), one per client, and their application to the
/// imported client: a decided limit stays in force after an import that still carries the ERP's old one, and the
/// difference is kept so it can be reported. Calls made inside a <see cref="CreditDatabase.InTransaction{T}"/> join it.
/// </summary>
public sealed class DecidedLimitStore(CreditDatabase database)
{
    public const string CollectionName = "decided_limits";

    private ILiteCollection<BsonDocument> Limits => database.Database.GetCollection(CollectionName);

    private ILiteCollection<BsonDocument> Clients => database.Database.GetCollection(LedgerStore.ClientsCollection);

    /// <summary>Keeps a decided limit and puts it in force on the client at once.</summary>
    public void Record(DecidedLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var erp = Apply(limit);
        Limits.Upsert(ToDocument(limit with { ErpLimit = erp ?? limit.ErpLimit }));
    }

    public DecidedLimit? Find(string clientCode) => Limits.FindById(clientCode) is { } document ? FromDocument(document) : null;

    public IReadOnlyList<DecidedLimit> All() => [.. Limits.FindAll().Select(FromDocument).OrderBy(l => l.ClientCode, StringComparer.Ordinal)];

    /// <summary>Decided limits the ERP does not carry yet, for the credit manager to type there.</summary>
    public IReadOnlyList<DecidedLimit> Differences() => [.. All().Where(l => l.DiffersFromErp)];

    /// <summary>
    /// After an import: each decided limit is put back in force on the freshly imported client, and what the ERP said
    /// is recorded. Returns the differences. One transaction.
    /// </summary>
    public IReadOnlyList<DecidedLimit> ReapplyAfterImport() => database.InTransaction(_ =>
    {
        var differences = new List<DecidedLimit>();
        foreach (var limit in All())
        {
            var erp = Apply(limit);
            var updated = limit with { ErpLimit = erp };
            Limits.Upsert(ToDocument(updated));
            if (updated.DiffersFromErp)
            {
                differences.Add(updated);
            }
        }

        return (IReadOnlyList<DecidedLimit>)differences;
    });

    /// <summary>
    /// Sets the decided limit on the client; returns the limit the client had: the ERP's, when called at the decision or
    /// right after an import (the only two callers).
    /// </summary>
    private Money? Apply(DecidedLimit limit)
    {
        if (Clients.FindById(limit.ClientCode) is not { } client)
        {
            return null;
        }

        var before = client["Limit"].IsDocument ? database.Mapper.Deserialize<CreditLimit>(client["Limit"]) : null;
        var decided = new CreditLimit(limit.Amount, limit.ReviewDate, DateOnly.FromDateTime(limit.DecidedAt.UtcDateTime));
        if (before != decided)
        {
            client["Limit"] = database.Mapper.Serialize(decided);
            Clients.Update(client);
        }

        return before?.Amount;
    }

    private BsonDocument ToDocument(DecidedLimit limit) => new()
    {
        ["_id"] = limit.ClientCode,
        ["Amount"] = database.Mapper.Serialize(limit.Amount),
        ["ReviewDate"] = database.Mapper.Serialize(limit.ReviewDate),
        ["RequestId"] = limit.RequestId,
        ["DecidedAt"] = limit.DecidedAt.UtcDateTime,
        ["ErpLimit"] = limit.ErpLimit is { } erp ? database.Mapper.Serialize(erp) : BsonValue.Null,
    };

    private DecidedLimit FromDocument(BsonDocument document) => new(
        document["_id"].AsString,
        database.Mapper.Deserialize<Money>(document["Amount"]),
        database.Mapper.Deserialize<DateOnly>(document["ReviewDate"]),
        document["RequestId"].AsString,
        new DateTimeOffset(DateTime.SpecifyKind(document["DecidedAt"].AsDateTime, DateTimeKind.Utc)),
        document["ErpLimit"].IsNull ? null : database.Mapper.Deserialize<Money>(document["ErpLimit"]));
}
