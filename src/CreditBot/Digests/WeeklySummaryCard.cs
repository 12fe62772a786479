using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Committee;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Digests;
using CreditBot.Domain.Dso;
using A = CreditBot.Texts.AnswerTexts;
using T = CreditBot.Texts.DigestTexts;

namespace CreditBot.Digests;

/// <summary>
/// Renders <c>cards/weekly-summary.json</c>: a stale-data warning first when the import is too old; the count-back DSO
/// as the headline (one decimal) with its method, period and inclusions; beside it the ratio DSO, best possible DSO,
/// average days delinquent, CEI, overdue rate and overdue beyond 60 and 90 days, the change since last week and
/// against the target, the cost of one DSO day; then the top overdue clients (tap: their exposure), DSO by
/// business unit, country and salesperson, and the week's order blocks and committee decisions.
/// </summary>
public static class WeeklySummaryCard
{
    public const string TemplateName = "weekly-summary";

    /// <summary>Rows per breakdown (business unit, country, salesperson).</summary>
    public const int RowsPerGroup = 10;

    /// <summary>Committee decisions listed one a line, the largest request first; the rest are counted.</summary>
    public const int DecisionLines = 5;

    /// <summary>
    /// Characters a card may take so that the whole message stays under Teams' limit (80 KB in UTF-16 with the
    /// activity around it); past it the chart, the one part that can go, is left out.
    /// </summary>
    public const int MaxCardChars = 36_000;

    public static RawJson Render(WeeklySummaryView view, CultureInfo culture)
    {
        var card = CardTemplates.Bind(TemplateName, Data(view, culture));
        return card.ToString().Length <= MaxCardChars ? card : CardTemplates.Bind(TemplateName, Data(view, culture, withChart: false));
    }

    public static JsonObject Data(WeeklySummaryView view, CultureInfo culture, bool withChart = true)
    {
        ArgumentNullException.ThrowIfNull(view);
        var summary = view.Summary;
        var dso = summary.Dso;
        var fresh = view.Freshness;
        var sections = new JsonArray();
        if (summary.TopOverdue.Count > 0)
        {
            sections.Add(new JsonObject
            {
                ["title"] = T.Get("weekly.section.top", culture),
                ["rows"] = FigureRow.List(summary.TopOverdue.Select(c => new JsonObject
                {
                    ["name"] = c.Name,
                    ["detail"] = T.Format("weekly.row.top", culture, Figures.Days(c.OldestDaysPastDue, culture)),
                    ["value"] = Figures.Money(c.Overdue, culture),
                    ["ask"] = T.Format("daily.ask.client", culture, c.Client.Value),
                })),
                ["hasMore"] = false,
                ["more"] = string.Empty,
            });
        }

        var groups = new JsonArray();
        foreach (var (kind, key) in new[] { (GroupKind.BusinessUnit, "business-unit"), (GroupKind.Country, "country"), (GroupKind.Salesperson, "salesperson") })
        {
            // The largest DSO first; a long tail (every salesperson of a big company) is counted, not listed.
            var rows = summary.Groups.Where(g => g.Kind == kind).OrderByDescending(g => g.Dso.Days ?? g.Dso.DaysWalked).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            groups.Add(new JsonObject
            {
                ["title"] = T.Get($"weekly.section.{key}", culture),
                ["hasMore"] = rows.Count > RowsPerGroup,
                ["more"] = T.Format("daily.more", culture, rows.Count - RowsPerGroup),
                ["rows"] = FigureRow.List(rows.Take(RowsPerGroup).Select(g => new JsonObject
                {
                    ["name"] = g.Key.Length == 0 ? T.Get("weekly.group.none", culture)
                        : kind == GroupKind.Salesperson && view.SalespersonNames.TryGetValue(g.Key, out var name) ? name : g.Key,
                    ["detail"] = T.Format("weekly.row.group", culture, Figures.Plural("clients", g.Clients, g.Clients.ToString("N0", culture), culture),
                        g.OverdueRate.Percent is { } p ? Figures.Percent(p, culture) : "–"),
                    ["value"] = DaysOf(g.Dso, culture),
                })),
            });
        }

        var chart = withChart ? DsoTrendChart.Render(view.Trend, view.TargetDays, culture, T.Format("weekly.chart", culture, view.Trend.Count)) : null;
        var trendNote = TrendNote(view, culture);
        return new JsonObject
        {
            ["stale"] = fresh.Stale,
            ["staleWarning"] = fresh.ImportedAt is { } at
                ? T.Format("weekly.stale", culture, Figures.Date(DateOnly.FromDateTime(at.DateTime), culture), at.ToString("t", culture),
                    fresh.StaleAfterHours.ToString("N0", culture), Figures.Date(fresh.DataAsOf ?? DateOnly.FromDateTime(at.DateTime), culture))
                : T.Get("daily.no-data", culture),
            ["title"] = T.Format("weekly.title", culture, Figures.Date(summary.AsOf, culture)),
            ["subtitle"] = T.Format("weekly.subtitle", culture, Figures.Date(summary.AsOf, culture)),
            ["dataLine"] = DailyDigestCard.DataLine(fresh, culture),
            ["headlineLabel"] = T.Get("weekly.headline", culture),
            ["headline"] = dso.Days is { } days
                ? Figures.Days(days, culture)
                : Texts.AnswerTexts.Format("dso.at-least", culture, Figures.Days(dso.DaysWalked, culture)),
            ["headlineColor"] = (view.AgainstTarget is > 0m ? Tone.Attention : Tone.Default).ToString(),
            ["method"] = DsoCard.Method(dso, culture),
            ["inclusions"] = DsoCard.Inclusions(dso.Included, culture),
            ["figures"] = FigureRow.List(Rows(view, culture)),
            ["sections"] = sections,
            ["groups"] = groups,
            ["hasChart"] = chart is not null,
            ["chart"] = chart is null ? string.Empty : "data:image/png;base64," + Convert.ToBase64String(chart),
            ["chartAlt"] = T.Format("weekly.chart", culture, view.Trend.Count),
            ["hasChartNote"] = chart is not null || view.LeftOut.Count > 0,
            ["chartNote"] = trendNote,
            ["hasWeek"] = view.Week is not null,
            ["weekTitle"] = T.Get("weekly.section.week", culture),
            ["weekPeriod"] = view.Week is { } week
                ? T.Format("weekly.week.period", culture, DayAndDate(week.FirstDay, culture), DayAndDate(week.LastDay, culture))
                : string.Empty,
            ["weekParts"] = view.Week is { } w ? new JsonArray(BlocksPart(w, culture), CommitteePart(w, culture)) : new JsonArray(),
        };
    }

    /// <summary>
    /// Under the chart: which weeks were recorded (filled dots) and which recomputed from the ledger (hollow dots) and
    /// how, and how many weeks are left out because the ledger does not cover them.
    /// </summary>
    public static string TrendNote(WeeklySummaryView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var trend = view.Trend;
        var parts = new List<string>();
        if (trend.Count >= 2)
        {
            var recorded = trend.Count(p => p.Source == DsoTrendSource.Recorded);
            parts.Add(T.Format(recorded == 1 ? "weekly.chart.recorded.one" : "weekly.chart.recorded.other", culture, recorded));
            var recomputed = trend.Count(p => p.Source == DsoTrendSource.Recomputed);
            if (recomputed > 0)
            {
                parts.Add(T.Format(recomputed == 1 ? "weekly.chart.recomputed.one" : "weekly.chart.recomputed.other", culture, recomputed));
            }
        }

        if (view.LeftOut.Count > 0)
        {
            parts.Add(T.Format(view.LeftOut.Count == 1 ? "weekly.chart.left-out.one" : "weekly.chart.left-out.other", culture, view.LeftOut.Count));
            if (view.LeftOut.Any(gap => gap is PastDsoGap.IssueDatesMissing or PastDsoGap.SalesToDateMissing))
            {
                parts.Add(T.Get("weekly.chart.import-again", culture));
            }
        }

        return string.Join(" ", parts);
    }

    public static string Summary(WeeklySummaryView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        return T.Format("weekly.summary", culture, Figures.Date(view.Summary.AsOf, culture), DaysOf(view.Summary.Dso, culture));
    }

    private static IEnumerable<JsonObject> Rows(WeeklySummaryView view, CultureInfo culture)
    {
        if (view.ChangeSinceLastWeek is { } change && view.PreviousDate is { } previousDate)
        {
            yield return FigureRow.Of(T.Get("weekly.change", culture), SignedDays(change, culture),
                T.Format(view.PreviousRecomputed ? "weekly.change.note.recomputed" : "weekly.change.note", culture, Figures.Date(previousDate, culture), Figures.Days(view.PreviousDso!.Value, culture)),
                change > 0m ? Tone.Attention : Tone.Good);
        }

        if (view.AgainstTarget is { } gap)
        {
            yield return FigureRow.Of(T.Get("weekly.target", culture), SignedDays(gap, culture),
                T.Format("weekly.target.note", culture, Figures.Days(view.TargetDays!.Value, culture)), gap > 0m ? Tone.Attention : Tone.Good);
        }

        if (view.Ratio is { } ratio)
        {
            yield return FigureRow.Of(T.Get("weekly.ratio", culture), DaysOf(ratio, culture), T.Format("weekly.ratio.note", culture,
                WeeklySummaryView.SalesMonths, Figures.Number(ratio.PeriodDays, culture), Figures.Date(ratio.PeriodStart, culture), Figures.Date(ratio.PeriodEnd, culture)));
        }

        yield return FigureRow.Of(T.Get("weekly.best", culture), DaysOf(view.BestPossible, culture), T.Get("weekly.best.note", culture));
        if (view.DaysDelinquent is { } delinquent)
        {
            yield return FigureRow.Of(T.Get("weekly.delinquent", culture), Figures.Days(delinquent, culture), T.Get("weekly.delinquent.note", culture),
                delinquent > 0m ? Tone.Warning : Tone.Good);
        }

        yield return view.Cei is { Percent: { } cei } index
            ? FigureRow.Of(T.Get("weekly.cei", culture), Figures.Percent(cei, culture),
                T.Format(view.CeiBeginningRecomputed ? "weekly.cei.note.recomputed" : "weekly.cei.note", culture, Figures.Money(index.Beginning, culture), Figures.Money(index.Sales, culture)))
            : FigureRow.Of(T.Get("weekly.cei", culture), "–", T.Get("weekly.cei.missing", culture));

        var rate = view.Summary.OverdueRate;
        if (rate.Percent is { } percent)
        {
            yield return FigureRow.Of(T.Get("weekly.overdue-rate", culture), Figures.Percent(percent, culture),
                T.Format("weekly.overdue-rate.note", culture, Figures.Money(rate.Overdue, culture), Figures.Money(rate.Total, culture)),
                percent > 0m ? Tone.Warning : Tone.Good);
        }

        foreach (var beyond in new[] { view.Beyond60, view.Beyond90 })
        {
            yield return FigureRow.Of(T.Format("weekly.beyond", culture, Figures.Days(beyond.BeyondDays, culture)), Figures.Money(beyond.Overdue, culture),
                T.Format("weekly.beyond.note", culture, beyond.Percent is { } p ? Figures.Percent(p, culture) : "–"),
                beyond.Overdue.IsPositive ? Tone.Warning : Tone.Default);
        }

        if (view.YearSales.IsPositive)
        {
            yield return FigureRow.Of(T.Get("weekly.day-cost", culture), Figures.Money(view.OneDayYearlyCost, culture),
                T.Format("weekly.day-cost.note", culture, Figures.Money(view.OneDayOfSales, culture), Figures.Money(view.OneDayYearlyCost, culture),
                    Figures.Percent(view.FinancingRatePercent, culture, 2)));
        }
    }

    /// <summary>
    /// Blocks opened by reason, decided by kind, the release rate, the median and 90th percentile time to decision,
    /// and those still waiting at the week's end; a quiet week in one line.
    /// </summary>
    private static JsonObject BlocksPart(WeeklyActivity week, CultureInfo culture)
    {
        var stats = week.Blocks;
        var pending = week.PendingAtEnd;
        var waiting = pending.OldestAge is { } age
            ? T.Format("weekly.blocks.waiting", culture, pending.Count.ToString("N0", culture), Duration(age, culture))
            : null;
        var rows = new List<JsonObject>();
        if (!week.NoBlocks)
        {
            rows.Add(FigureRow.Of(T.Get("weekly.blocks.opened", culture), stats.Opened.ToString("N0", culture),
                Counts(stats.ByReason.Select(r => (A.Get(r.Key + ".short", culture), r.Count)), culture)));
            rows.Add(FigureRow.Of(T.Get("weekly.blocks.decided", culture), stats.Decided.ToString("N0", culture), Counts(
                [
                    (T.Get("weekly.blocks.released", culture), stats.Released),
                    (T.Get("weekly.blocks.with-conditions", culture), stats.ReleasedWithConditions),
                    (T.Get("weekly.blocks.auto-released", culture), stats.AutoReleased),
                    (T.Get("weekly.blocks.rejected", culture), stats.Rejected),
                ], culture)));
            if (stats.Expired > 0)
            {
                rows.Add(FigureRow.Of(T.Get("weekly.blocks.expired", culture), stats.Expired.ToString("N0", culture), T.Get("weekly.blocks.expired.note", culture)));
            }

            if (stats.ReleaseRate is { } rate)
            {
                rows.Add(FigureRow.Of(T.Get("weekly.blocks.rate", culture), Figures.Percent(rate * 100m, culture),
                    T.Format("weekly.blocks.rate.note", culture, (stats.Decided - stats.Rejected).ToString("N0", culture), stats.Decided.ToString("N0", culture))));
            }

            if (stats.MedianHoursToDecision is { } median)
            {
                rows.Add(FigureRow.Of(T.Get("weekly.blocks.time", culture), Duration(TimeSpan.FromHours(median), culture),
                    stats.P90HoursToDecision is { } p90 ? T.Format("weekly.blocks.time.note", culture, Duration(TimeSpan.FromHours(p90), culture)) : null));
            }

            rows.Add(FigureRow.Of(T.Get("weekly.blocks.pending", culture), pending.Count.ToString("N0", culture),
                pending.OldestAge is { } oldest ? T.Format("weekly.blocks.pending.note", culture, Duration(oldest, culture)) : null,
                pending.Count > 0 ? Tone.Warning : Tone.Good));
        }

        return Part(T.Get("weekly.blocks.title", culture), week.NoBlocks, Sentences(T.Get("weekly.blocks.none", culture), waiting), rows, [], 0, null, culture);
    }

    /// <summary>Decisions by outcome, the limits granted, the largest requests one a line, those still open at the end.</summary>
    private static JsonObject CommitteePart(WeeklyActivity week, CultureInfo culture)
    {
        var quiet = week.Decided.Count == 0;
        var open = T.Format("weekly.committee.open.line", culture, week.RequestsOpenAtEnd.ToString("N0", culture));
        var rows = new List<JsonObject>();
        var lines = new List<string>();
        if (!quiet)
        {
            rows.Add(FigureRow.Of(T.Get("weekly.committee.decided", culture), week.Decided.Count.ToString("N0", culture), Counts(
                [
                    (T.Get("weekly.committee.approved", culture), week.Approved),
                    (T.Get("weekly.committee.rejected", culture), week.Rejected),
                    (T.Get("weekly.committee.no-quorum", culture), week.NoQuorum),
                ], culture)));
            if (week.Granted.Count > 0)
            {
                rows.Add(FigureRow.Of(T.Get("weekly.committee.granted", culture), string.Join(" + ", week.Granted.Select(m => Figures.Money(m, culture))), null, Tone.Good));
            }

            lines.AddRange(week.Decided
                .OrderByDescending(r => r.Request.RequestedAmount.Amount)
                .ThenBy(r => r.ClientName, StringComparer.Ordinal)
                .Take(DecisionLines)
                .Select(r => DecisionLine(r, culture)));
        }

        return Part(T.Get("weekly.committee.title", culture), quiet,
            Sentences(T.Get("weekly.committee.none", culture), week.RequestsOpenAtEnd > 0 ? open : null), rows, lines, week.Decided.Count - lines.Count,
            quiet ? null : open, culture);
    }

    private static string DecisionLine(LimitRequestRecord record, CultureInfo culture)
    {
        var decision = record.Request.Decision!;
        var requested = Figures.Money(record.Request.RequestedAmount, culture);
        return decision.Outcome switch
        {
            DecisionOutcome.Approved => T.Format("weekly.committee.line.approved", culture, record.ClientName, requested,
                Figures.Money(decision.Amount ?? record.Request.RequestedAmount, culture)),
            DecisionOutcome.Rejected => T.Format("weekly.committee.line.rejected", culture, record.ClientName, requested),
            _ => T.Format("weekly.committee.line.no-quorum", culture, record.ClientName, requested),
        };
    }

    private static JsonObject Part(string title, bool quiet, string quietText, List<JsonObject> rows, List<string> lines, int more, string? footer, CultureInfo culture) => new()
    {
        ["title"] = title,
        ["quiet"] = quiet,
        ["quietText"] = quietText,
        ["rows"] = FigureRow.List(rows),
        ["hasLines"] = lines.Count > 0,
        ["lines"] = FigureRow.Texts(lines),
        ["hasMore"] = more > 0,
        ["more"] = T.Format("daily.more", culture, more),
        ["hasFooter"] = footer is not null,
        ["footer"] = footer ?? string.Empty,
    };

    /// <summary>"released (2) · rejected (1)": the non-zero counts, in the order given, a count never on a line of its own.</summary>
    private static string Counts(IEnumerable<(string Label, int Count)> counts, CultureInfo culture) =>
        string.Join(" · ", counts.Where(c => c.Count > 0).Select(c => $"{c.Label}\u00A0({c.Count.ToString("N0", culture)})"));

    private static string Sentences(string first, string? second) => second is null ? first : first + " " + second;

    /// <summary>Under two days in hours ("5,5 heures"), beyond in days ("3,2 jours").</summary>
    private static string Duration(TimeSpan span, CultureInfo culture) =>
        span.TotalHours < 48 ? Figures.Hours((decimal)span.TotalHours, culture) : Figures.Days((decimal)span.TotalDays, culture);

    private static string DayAndDate(DateOnly date, CultureInfo culture) => date.ToString("dddd", culture) + " " + Figures.Date(date, culture);

    private static string DaysOf(DsoResult result, CultureInfo culture) =>
        result.Days is { } days ? Figures.Days(days, culture) : T.Get("weekly.no-sales", culture);

    private static string SignedDays(decimal days, CultureInfo culture) =>
        (days > 0m ? "+" : string.Empty) + Figures.Days(days, culture);
}
