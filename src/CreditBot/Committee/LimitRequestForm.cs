using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>
/// Renders <c>cards/limit-request-form.json</c>: amount, review date, justification, expected monthly business. The
/// data carries the client code only; the submit handler re-reads the client and re-checks who asks.
/// </summary>
public static class LimitRequestForm
{
    public const string TemplateName = "limit-request-form";

    public const string Verb = "limit.submit";

    public static RawJson Render(Client client, Money exposure, decimal? amount, DateOnly asOf, DateOnly validUntil, CommitteeOptions options, CultureInfo culture) =>
        CardTemplates.Bind(TemplateName, Data(client, exposure, amount, asOf, validUntil, options, culture));

    public static JsonObject Data(Client client, Money exposure, decimal? amount, DateOnly asOf, DateOnly validUntil, CommitteeOptions options, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        var currency = client.Currency.Code;
        return new JsonObject
        {
            ["title"] = T.Format("form.title", culture, $"{client.Name} ({client.Code.Value})"),
            ["intro"] = T.Format(
                "form.intro",
                culture,
                client.Limit is { } limit ? Figures.Money(limit.Amount, culture) : T.Get("card.none", culture),
                Figures.Money(exposure, culture),
                Figures.Date(asOf, culture),
                Figures.Money(new Money(options.CreditManagerUpTo, client.Currency), culture),
                Figures.Money(new Money(options.CfoUpTo, client.Currency), culture)),
            ["amountLabel"] = T.Format("form.amount", culture, currency),
            ["amountError"] = T.Format("form.amount-missing", culture, currency),
            ["amount"] = amount ?? client.Limit?.Amount.Amount ?? 0m,
            ["validUntilLabel"] = T.Get("form.valid-until", culture),
            ["validUntil"] = validUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["justificationLabel"] = T.Get("form.justification", culture),
            ["justificationPlaceholder"] = T.Get("form.justification-placeholder", culture),
            ["justificationError"] = T.Get("form.justification-missing", culture),
            ["monthlyLabel"] = T.Format("form.monthly", culture, currency),
            ["submit"] = T.Get("form.submit", culture),
            ["verb"] = Verb,
            ["clientCode"] = client.Code.Value,
        };
    }
}
