using System.Globalization;
using CreditBot.Company;
using CreditBot.Domain.Orders;
using Answer = CreditBot.Questions.Answer;
using Figures = CreditBot.Answers.Figures;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>
/// "statistiques blocages" / "block stats" in chat: <see cref="BlockStatistics"/> over the last days (whole days in the
/// company's time zone, today included), as a short text in the reader's language: blocks by reason, release rate, time to
/// decision, the busiest approvers and salespeople. Who may ask is checked by the caller.
/// </summary>
public sealed class BlockStatisticsReply(IOrderBlockStore blocks, OrderBlockRouting routing, CompanyClock clock, TimeProvider time)
{
    public const int MaxDays = 3650;

    /// <summary>How many approvers and salespeople the answer names.</summary>
    public const int Top = 3;

    public Answer For(int days, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (days is < 1 or > MaxDays)
        {
            return Answer.OfText("block-statistics-period", T.Format("stats.period-invalid", culture, MaxDays.ToString("N0", culture), days.ToString("N0", culture)));
        }

        var now = time.GetUtcNow();
        var today = clock.DateOfInstant(now);
        var firstDay = today.AddDays(-(days - 1));
        var midnight = firstDay.ToDateTime(TimeOnly.MinValue);
        var from = new DateTimeOffset(midnight, clock.Zone.GetUtcOffset(midnight));
        var tomorrow = today.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var s = BlockStatistics.Of(blocks.All(), from, new DateTimeOffset(tomorrow, clock.Zone.GetUtcOffset(tomorrow)));

        var local = TimeZoneInfo.ConvertTime(now, clock.Zone);
        var lines = new List<string>
        {
            T.Format(
                "stats.title",
                culture,
                Figures.Days(days, culture),
                Figures.Date(firstDay, culture),
                Figures.Date(today, culture),
                local.ToString("HH:mm", CultureInfo.InvariantCulture)),
        };
        if (s.Opened == 0 && s.Decided == 0 && s.Expired == 0)
        {
            lines.Add(T.Format("stats.empty", culture, Count(s.StillOpen, culture)));
            return Answer.OfText("block-statistics", string.Join("\n\n", lines));
        }

        lines.Add(T.Format("stats.opened", culture, Count(s.Opened, culture), Count(s.StillOpen, culture), Count(s.Expired, culture)));
        if (s.ByReason.Count > 0)
        {
            var reasons = s.ByReason.Select(r => T.Format("stats.item", culture, ReasonName(r.Key, culture), Count(r.Count, culture)));
            lines.Add(T.Format("stats.reasons", culture, string.Join(" · ", reasons)));
        }

        lines.Add(s.Decided == 0
            ? T.Get("stats.decided.none", culture)
            : T.Format(
                "stats.decided",
                culture,
                Count(s.Decided, culture),
                Rate(s.ReleaseRate, culture),
                Count(s.Released, culture),
                Count(s.ReleasedWithConditions, culture),
                Count(s.AutoReleased, culture),
                Count(s.Rejected, culture)));
        if (s.MedianHoursToDecision is { } median)
        {
            lines.Add(T.Format("stats.time", culture, Hours(median, culture), Hours(s.P90HoursToDecision ?? median, culture)));
        }

        if (s.ByApprover.Count > 0)
        {
            lines.Add(T.Format("stats.by-approver", culture, string.Join(" · ", s.ByApprover.Take(Top).Select(g => T.Format(
                "stats.approver",
                culture,
                g.Key,
                Count(g.Decided, culture),
                Rate(g.ReleaseRate, culture),
                g.MedianHoursToDecision is { } h ? Hours(h, culture) : T.Get("stats.none", culture))))));
        }

        var salespeople = s.BySalesperson.Where(g => g.Key != "-").Take(Top).ToList();
        if (salespeople.Count > 0)
        {
            lines.Add(T.Format("stats.by-salesperson", culture, string.Join(" · ", salespeople.Select(g => T.Format(
                "stats.salesperson",
                culture,
                routing.NameOf(g.Key),
                Count(g.Opened, culture),
                Count(g.Decided, culture),
                Rate(g.ReleaseRate, culture))))));
        }

        return Answer.OfText("block-statistics", string.Join("\n\n", lines));
    }

    private static string Count(int count, CultureInfo culture) => count.ToString("N0", culture);

    private static string Rate(decimal? rate, CultureInfo culture) =>
        rate is { } r ? Figures.Percent(r * 100m, culture) : T.Get("stats.none", culture);

    private static string Hours(double hours, CultureInfo culture) =>
        T.Format("stats.hours", culture, Figures.Number((decimal)hours, culture));

    // Every reason key has its short name ("block.overdue" → "block.overdue.short"), as the list cards show it.
    private static string ReasonName(string key, CultureInfo culture) => Texts.AnswerTexts.Get(key + ".short", culture);
}
