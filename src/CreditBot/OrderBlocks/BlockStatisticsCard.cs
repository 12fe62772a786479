using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.Orders;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>
/// Renders <c>cards/block-statistics.json</c>: where the order chain leaks over a period (<see cref="Domain.Orders.BlockStatistics"/>):
/// blocks opened, decisions and release rate, median and 90th-percentile time to decision, blocks by reason, and the
/// <see cref="Top"/> busiest approvers and salespeople.
/// </summary>
public static class BlockStatisticsCard
{
    public const string TemplateName = "block-statistics";

    /// <summary>How many approvers and salespeople the card names.</summary>
    public const int Top = 3;

    public static RawJson Render(BlockStatisticsView view, CultureInfo culture, TimeZoneInfo zone) => CardTemplates.Bind(TemplateName, Data(view, culture, zone));

    public static JsonObject Data(BlockStatisticsView view, CultureInfo culture, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(view);
        var s = view.Statistics;
        var figures = new List<JsonObject>
        {
            FigureRow.Of(T.Get("stats.opened", culture), Count(s.Opened, culture), T.Format("stats.opened.note", culture, Count(s.StillOpen, culture), Count(s.Expired, culture))),
            FigureRow.Of(T.Get("stats.decided", culture), Count(s.Decided, culture)),
            FigureRow.Of(
                T.Get("stats.rate", culture),
                Rate(s.ReleaseRate, culture),
                T.Format("stats.rate.note", culture, Count(s.Released, culture), Count(s.ReleasedWithConditions, culture), Count(s.AutoReleased, culture), Count(s.Rejected, culture))),
            FigureRow.Of(T.Get("stats.median", culture), Hours(s.MedianHoursToDecision, culture)),
            FigureRow.Of(T.Get("stats.p90", culture), Hours(s.P90HoursToDecision, culture)),
        };

        // Every reason key has its short name ("block.overdue" → "block.overdue.short"), as the list cards show it.
        var reasons = s.ByReason.Select(r => FigureRow.Of(Texts.AnswerTexts.Get(r.Key + ".short", culture), Count(r.Count, culture))).ToList();
        // Phone width: the right column holds one count; what qualifies it goes in the note under the name.
        var approvers = s.ByApprover.Take(Top).Select(g => FigureRow.Of(
            g.Key,
            Count(g.Decided, culture),
            T.Format("stats.approver.note", culture, Rate(g.ReleaseRate, culture), Hours(g.MedianHoursToDecision, culture)))).ToList();
        var salespeople = s.BySalesperson.Where(g => g.Key != "-").Take(Top).Select(g => FigureRow.Of(
            view.SalespersonNames.GetValueOrDefault(g.Key, g.Key),
            Count(g.Opened, culture),
            T.Format("stats.salesperson.note", culture, Count(g.Decided, culture), Rate(g.ReleaseRate, culture)))).ToList();
        var units = s.ByBusinessUnit.Where(g => g.Key != "-").Take(Top).Select(g => FigureRow.Of(
            g.Key,
            Count(g.Opened, culture),
            T.Format("stats.salesperson.note", culture, Count(g.Decided, culture), Rate(g.ReleaseRate, culture)))).ToList();

        var f = view.FollowUp;
        var payoff = new List<JsonObject>();
        if (f.Releases > 0)
        {
            payoff.Add(FigureRow.Of(
                T.Format("stats.payoff.late", culture, ReleaseFollowUp.LateAfterDays),
                Rate(f.LateShare, culture),
                T.Format("stats.payoff.late.note", culture, Count(f.WentLate, culture), Count(f.WentLate + f.OnTime, culture), Count(f.TooEarly, culture), Count(f.NoInvoice, culture), ReleaseFollowUp.WindowDays),
                f.WentLate > 0 ? Tone.Warning : Tone.Default));
            payoff.AddRange(f.Late.Take(Top).Select(l => FigureRow.Of(
                T.Format("stats.payoff.order", culture, l.OrderNumber, view.ClientNames.GetValueOrDefault(l.Client.Value, l.Client.Value)),
                Figures.Days(l.DaysLate, culture),
                T.Format(l.Settled ? "stats.payoff.order.paid" : "stats.payoff.order.open", culture, l.InvoiceNumber, Figures.Date(l.ReleasedOn, culture)),
                Tone.Warning)));
        }

        return new JsonObject
        {
            ["title"] = T.Format("stats.title", culture, Figures.Days(view.Days, culture)),
            ["subtitle"] = T.Format(
                "stats.subtitle",
                culture,
                Figures.Date(view.FirstDay, culture),
                Figures.Date(view.LastDay, culture),
                BlockedOrderCard.When(view.AsOf, culture, zone)),
            ["figures"] = FigureRow.List(figures),
            ["hasReasons"] = reasons.Count > 0,
            ["reasonsTitle"] = T.Get("stats.reasons", culture),
            ["reasons"] = FigureRow.List(reasons),
            ["hasApprovers"] = approvers.Count > 0,
            ["approversTitle"] = T.Get("stats.by-approver", culture),
            ["approvers"] = FigureRow.List(approvers),
            ["hasSalespeople"] = salespeople.Count > 0,
            ["salespeopleTitle"] = T.Get("stats.by-salesperson", culture),
            ["salespeople"] = FigureRow.List(salespeople),
            ["hasUnits"] = units.Count > 0,
            ["unitsTitle"] = T.Get("stats.by-unit", culture),
            ["units"] = FigureRow.List(units),
            ["hasPayoff"] = payoff.Count > 0,
            ["payoffTitle"] = T.Get("stats.payoff", culture),
            ["payoff"] = FigureRow.List(payoff),
            ["payoffNote"] = T.Format("stats.payoff.definition", culture, Figures.Date(view.LedgerAsOf, culture), ReleaseFollowUp.WindowDays, ReleaseFollowUp.LateAfterDays),
            ["definition"] = T.Get("stats.definition", culture),
        };
    }

    private static string Count(int count, CultureInfo culture) => count.ToString("N0", culture);

    private static string Rate(decimal? rate, CultureInfo culture) =>
        rate is { } r ? Figures.Percent(r * 100m, culture) : T.Get("stats.none", culture);

    private static string Hours(double? hours, CultureInfo culture) =>
        hours is { } h ? T.Format("stats.hours", culture, Figures.Number((decimal)h, culture)) : T.Get("stats.none", culture);
}
