using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>One order asked about by its number: its client, where it stands, its figures and, when blocked, why.</summary>
/// <param name="ClientName">The client's name.</param>
/// <param name="OrderNumber">The order's number as stored.</param>
/// <param name="Amount">What is left to invoice (the blocked amount when blocked).</param>
/// <param name="State">Where it stands, as a sentence.</param>
/// <param name="Reasons">The reasons of its block, one sentence each; none when never blocked.</param>
/// <param name="Style">How the state reads: good (released), attention (rejected), warning (waiting), default.</param>
/// <param name="OrderedOn">The order's date in the order book of the last import; null when it is not there (an ERP check).</param>
public sealed record OrderStatusEntry(
    string ClientName,
    string OrderNumber,
    Money Amount,
    DateOnly? OrderedOn,
    string Style,
    string State,
    IReadOnlyList<string> Reasons);

/// <summary>
/// Renders <c>cards/order-status.json</c>: "commande CMD-000179", "is CMD-000179 blocked?": for each order of that number
/// the asker may see, its client, its state in the credit check (waiting for whom since when, the decision) or "not
/// blocked", its amount and date, and the reasons of its block.
/// </summary>
public static class OrderStatusCard
{
    public const string TemplateName = "order-status";

    /// <summary>How many orders of one number the card shows (a number several clients' orders share); the others are counted.</summary>
    public const int Max = 10;

    public static RawJson Render(string number, IReadOnlyList<OrderStatusEntry> entries, CultureInfo culture, int more = 0) =>
        CardTemplates.Bind(TemplateName, Data(number, entries, culture, more));

    public static JsonObject Data(string number, IReadOnlyList<OrderStatusEntry> entries, CultureInfo culture, int more = 0)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var orders = new JsonArray();
        foreach (var entry in entries)
        {
            var figures = new List<JsonObject> { FigureRow.Of(T.Get("order.amount", culture), Figures.Money(entry.Amount, culture)) };
            if (entry.OrderedOn is { } date)
            {
                figures.Add(FigureRow.Of(T.Get("order.date", culture), Figures.Date(date, culture)));
            }

            orders.Add(new JsonObject
            {
                ["client"] = entry.ClientName,
                ["state"] = entry.State,
                ["color"] = ClientOrderStates.ColorOf(entry.Style),
                ["figures"] = FigureRow.List(figures),
                ["hasReasons"] = entry.Reasons.Count > 0,
                ["reasonsTitle"] = T.Get("order.reasons", culture),
                ["reasons"] = FigureRow.Texts(entry.Reasons),
            });
        }

        return new JsonObject
        {
            ["title"] = T.Format("order.title", culture, entries.Count > 0 ? entries[0].OrderNumber : Markdown.Literal(number)),
            ["orders"] = orders,
            ["hasMore"] = more > 0,
            ["more"] = T.Format("order.more", culture, more.ToString("N0", culture)),
            ["definition"] = T.Get("order.definition", culture),
        };
    }
}
