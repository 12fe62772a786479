using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Company;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using Figures = CreditBot.Answers.Figures;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>
/// "is ACME blocked?" from a salesperson: where each of the client's orders stands in the block store, so that they know
/// where their order is: waiting for whom and since when, ready to release, released (with which conditions), rejected
/// (why), expired. Waiting orders first, then the latest changes, <see cref="Max"/> at most.
/// </summary>
public sealed class ClientOrderStates(IOrderBlockStore blocks, OrderBlockRouting routing, CompanyClock clock)
{
    public const int Max = 5;

    /// <summary>One line per order: "CMD-001 (12 000,00 €) : en attente de la décision de Claire Moreau depuis le …".</summary>
    public IReadOnlyList<(string Style, string Text)> Lines(ClientCode client, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var all = blocks.OfClient(client)
            .OrderByDescending(b => b.IsOpen)
            .ThenByDescending(b => b.UpdatedAt)
            .ThenBy(b => b.OrderNumber, StringComparer.Ordinal)
            .ToList();
        var lines = all.Take(Max).Select(block => Line(block, culture)).ToList();
        if (all.Count > Max)
        {
            lines.Add(("default", T.Format("orders.more", culture, (all.Count - Max).ToString("N0", culture))));
        }

        return lines;
    }

    /// <summary>The blocks of orders numbered <paramref name="orderNumber"/>, of whichever client (who may see them is checked by the caller).</summary>
    public IReadOnlyList<OrderBlock> WithOrderNumber(string orderNumber) => blocks.WithOrderNumber(orderNumber);

    /// <summary>Where one order stands, with its style: "CMD-001 (12 000,00 €) : " then <see cref="StateOf"/>.</summary>
    public (string Style, string Text) Line(OrderBlock block, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(block);
        var (style, state) = StateOf(block, culture);
        return (style, T.Format("orders.line", culture, block.OrderNumber, Figures.Money(block.OrderAmount, culture), state));
    }

    /// <summary>Its state: waiting for whom and since when, ready since when, or its decision (who, when, why).</summary>
    public (string Style, string Text) StateOf(OrderBlock block, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(block);
        var approvers = routing.ApproversOf(block).Select(p => p.Name ?? p.Upn ?? p.ObjectId).ToList();
        var (style, state) = BlockedOrderCard.State(block, approvers, culture, clock.Zone);
        var since = block.State == OrderBlockState.PendingDecision
            ? T.Format("orders.since", culture, BlockedOrderCard.When(block.BlockedAt, culture, clock.Zone))
            : block.State == OrderBlockState.ReadyToRelease
                ? T.Format("orders.since", culture, BlockedOrderCard.When(block.UpdatedAt, culture, clock.Zone))
                : string.Empty;
        return (style, state + since);
    }

    /// <summary>The lines as an Adaptive Card container to add under the client's exposure.</summary>
    public JsonObject Section(ClientCode client, CultureInfo culture)
    {
        var lines = Lines(client, culture);
        var items = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = T.Get("orders.title", culture), ["weight"] = "Bolder", ["wrap"] = true },
        };
        if (lines.Count == 0)
        {
            items.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = T.Get("orders.none", culture), ["wrap"] = true, ["spacing"] = "Small" });
        }

        foreach (var (style, text) in lines)
        {
            items.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = "• " + text,
                ["wrap"] = true,
                ["spacing"] = "Small",
                ["color"] = ColorOf(style),
            });
        }

        return new JsonObject { ["type"] = "Container", ["spacing"] = "Medium", ["separator"] = true, ["items"] = items };
    }

    /// <summary>The Adaptive Card text colour of a state's style, as BlockedOrderCard.State gives it.</summary>
    public static string ColorOf(string style) => style switch { "good" => "Good", "attention" => "Attention", "warning" => "Warning", _ => "Default" };
}
