using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/client-list.json</c>: a titled list of clients sorted by the key amount (largest first), each
/// with its code and a second line, cut to <c>maxRows</c> with "and N more"; an empty list says so.
/// Tapping a row asks for that client's exposure.
/// </summary>
public static class ClientListCard
{
    public const string TemplateName = "client-list";

    public const int DefaultMaxRows = 10;

    public static RawJson Render(ClientListKind kind, IReadOnlyList<ClientListRow> rows, CultureInfo culture, int maxRows = DefaultMaxRows) =>
        CardTemplates.Bind(TemplateName, Data(kind, rows, culture, maxRows));

    public static JsonObject Data(ClientListKind kind, IReadOnlyList<ClientListRow> rows, CultureInfo culture, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        var name = KindKey(kind);
        var sorted = rows
            .OrderByDescending(row => row.Amount.Amount)
            .ThenBy(row => row.Name, StringComparer.Create(culture, ignoreCase: true))
            .ToList();
        var shown = sorted.Take(maxRows).ToList();
        var more = sorted.Count - shown.Count;

        var items = new JsonArray();
        foreach (var row in shown)
        {
            items.Add(new JsonObject
            {
                ["name"] = row.Name,
                ["detail"] = $"{row.Code.Value} · {Detail(row.Detail, culture)}",
                ["amount"] = Figures.Money(row.Amount, culture),
                ["color"] = (kind == ClientListKind.BlockedOrders ? Tone.Default : Tone.Attention).ToString(),
                ["ask"] = T.Format("list.ask-exposure", culture, row.Code.Value),
            });
        }

        return new JsonObject
        {
            ["title"] = T.Get($"list.{name}.title", culture),
            ["subtitle"] = Subtitle(kind, sorted, culture),
            ["hasRows"] = sorted.Count > 0,
            ["empty"] = T.Get($"list.{name}.empty", culture),
            ["rows"] = items,
            ["hasMore"] = more > 0,
            ["more"] = Figures.Plural("list.more", more, more.ToString("N0", culture), culture),
            ["hint"] = T.Get("list.hint", culture),
        };
    }

    private static string KindKey(ClientListKind kind) => kind switch
    {
        ClientListKind.Overdue => "overdue",
        ClientListKind.OverLimit => "over-limit",
        ClientListKind.BlockedOrders => "blocked-orders",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown client list."),
    };

    private static string Subtitle(ClientListKind kind, List<ClientListRow> rows, CultureInfo culture)
    {
        var count = kind == ClientListKind.BlockedOrders
            ? Figures.Plural("orders", rows.Count, rows.Count.ToString("N0", culture), culture)
            : Figures.Plural("clients", rows.Count, rows.Count.ToString("N0", culture), culture);
        var currencies = rows.Select(row => row.Amount.Currency).Distinct().ToList();
        return currencies.Count == 1
            ? T.Format($"list.{KindKey(kind)}.total", culture, count, Figures.Money(Money.Sum(rows.Select(row => row.Amount), currencies[0]), culture))
            : count;
    }

    private static string Detail(ClientListDetail detail, CultureInfo culture) => detail switch
    {
        ClientListDetail.Overdue overdue => T.Format(
            "list.detail.overdue", culture, Figures.Items(overdue.Items, culture), ExposureCard.BucketLabel(overdue.Oldest, culture, inline: true)),
        ClientListDetail.OverLimit { Limit: { } limit } over => limit.IsZero
            ? T.Format("list.detail.zero-limit", culture, Figures.Money(over.Exposure, culture))
            : T.Format("list.detail.over-limit", culture, Figures.Money(over.Exposure, culture), Figures.Money(limit, culture)),
        ClientListDetail.OverLimit over => T.Format("list.detail.no-credit-line", culture, Figures.Money(over.Exposure, culture)),
        ClientListDetail.BlockedOrder order => T.Format(
            "list.detail.blocked-order",
            culture,
            order.OrderNumber,
            string.Join(", ", order.Reasons.Select(reason => BlockReasonText.Name(reason, culture)))),
        _ => throw new ArgumentOutOfRangeException(nameof(detail), detail, "Unknown row detail."),
    };
}
