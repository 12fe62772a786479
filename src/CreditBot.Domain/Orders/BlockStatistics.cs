namespace CreditBot.Domain.Orders;

/// <summary>
/// Where the order chain leaks, over a period [<see cref="From"/>, <see cref="To"/>): blocks opened (a first block or a
/// recheck) by reason; decisions made (releases, conditional releases, rejections, automatic releases) and the release
/// rate among them; time to decision from the moment the request opened to the decision (median and 90th percentile,
/// nearest rank, in hours); the same by salesperson, business unit and approver. Forwarding is not a decision; an
/// expired request is counted apart.
/// </summary>
public sealed record BlockStatistics(
    DateTimeOffset From,
    DateTimeOffset To,
    int Opened,
    IReadOnlyList<BlockReasonCount> ByReason,
    int Released,
    int ReleasedWithConditions,
    int AutoReleased,
    int Rejected,
    int Expired,
    int StillOpen,
    double? MedianHoursToDecision,
    double? P90HoursToDecision,
    IReadOnlyList<BlockGroupFigures> BySalesperson,
    IReadOnlyList<BlockGroupFigures> ByBusinessUnit,
    IReadOnlyList<BlockGroupFigures> ByApprover)
{
    public const string Definition =
        "Opened: blocks and rechecks in the period, by reason. Decided: releases (plain, with conditions, automatic) and "
        + "rejections in the period; release rate = releases / decided. Time to decision: from the request's opening to "
        + "the decision, median and 90th percentile (nearest rank). Forwarding is not a decision.";

    public int Decided => Released + ReleasedWithConditions + AutoReleased + Rejected;

    /// <summary>Releases of every kind over decisions, 0..1; null when nothing was decided.</summary>
    public decimal? ReleaseRate => Decided == 0 ? null : (decimal)(Released + ReleasedWithConditions + AutoReleased) / Decided;

    public static BlockStatistics Of(IEnumerable<OrderBlock> blocks, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var all = blocks.ToList();
        var opened = new List<(OrderBlock Block, OrderBlockEvent Event)>();
        var decisions = new List<Decision>();
        var expired = 0;
        foreach (var block in all)
        {
            DateTimeOffset? openedAt = null;
            foreach (var change in block.History)
            {
                var inPeriod = change.At >= from && change.At < to;
                switch (change.Kind)
                {
                    case OrderBlockEventKind.Opened or OrderBlockEventKind.Reopened:
                        openedAt = change.At;
                        if (inPeriod)
                        {
                            opened.Add((block, change));
                        }

                        break;
                    case OrderBlockEventKind.Decided or OrderBlockEventKind.AutoReleased when inPeriod && change.Decision is { } decision:
                        var kind = change.Kind == OrderBlockEventKind.AutoReleased ? "auto" : decision.Kind.ToString();
                        var hours = openedAt is { } start ? (change.At - start).TotalHours : (double?)null;
                        decisions.Add(new Decision(block, kind, decision.DeciderName, hours));
                        break;
                    case OrderBlockEventKind.Expired when inPeriod:
                        expired++;
                        break;
                }
            }
        }

        var byReason = opened
            .SelectMany(o => o.Event.ReasonKeys)
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => new BlockReasonCount(g.Key, g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var hoursAll = decisions.Where(d => d.Hours is not null).Select(d => d.Hours!.Value).ToList();
        return new BlockStatistics(
            from,
            to,
            opened.Count,
            byReason,
            decisions.Count(d => d.Kind == nameof(OrderDecisionKind.Release)),
            decisions.Count(d => d.Kind == nameof(OrderDecisionKind.ReleaseWithConditions)),
            decisions.Count(d => d.Kind == "auto"),
            decisions.Count(d => d.Kind == nameof(OrderDecisionKind.Reject)),
            expired,
            all.Count(b => b.IsOpen),
            Percentile(hoursAll, 0.5),
            Percentile(hoursAll, 0.9),
            Groups(opened, decisions, b => b.Salesperson),
            Groups(opened, decisions, b => b.BusinessUnit),
            Groups([], decisions.Where(d => d.Kind != "auto").ToList(), null, d => d.Approver));
    }

    /// <summary>The releases (plain, on conditions, automatic) made in [<paramref name="from"/>, <paramref name="to"/>), with when each was made.</summary>
    public static IReadOnlyList<(OrderBlock Block, DateTimeOffset At)> ReleasesIn(IEnumerable<OrderBlock> blocks, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return [.. blocks.SelectMany(block => block.History
            .Where(change => change.At >= from && change.At < to
                && (change.Kind == OrderBlockEventKind.AutoReleased
                    || (change.Kind == OrderBlockEventKind.Decided && change.Decision is { Kind: OrderDecisionKind.Release or OrderDecisionKind.ReleaseWithConditions })))
            .Select(change => (block, change.At)))];
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="share"/> of the values at or below it.</summary>
    public static double? Percentile(IReadOnlyCollection<double> values, double share)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(share * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    private static List<BlockGroupFigures> Groups(
        List<(OrderBlock Block, OrderBlockEvent Event)> opened,
        List<Decision> decisions,
        Func<OrderBlock, string?>? keyOfBlock,
        Func<Decision, string?>? keyOfDecision = null)
    {
        string KeyOf(Decision d) => (keyOfDecision is null ? keyOfBlock!(d.Block) : keyOfDecision(d)) is { Length: > 0 } k ? k : "-";
        var openedBy = keyOfBlock is null
            ? new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
            : opened.GroupBy(o => keyOfBlock(o.Block) is { Length: > 0 } k ? k : "-", StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var decidedBy = decisions.GroupBy(KeyOf, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        return [.. openedBy.Keys.Union(decidedBy.Keys, StringComparer.OrdinalIgnoreCase)
            .Select(key =>
            {
                var decided = decidedBy.TryGetValue(key, out var list) ? list : [];
                var released = decided.Count(d => d.Kind != nameof(OrderDecisionKind.Reject));
                return new BlockGroupFigures(
                    key,
                    openedBy.GetValueOrDefault(key),
                    decided.Count,
                    released,
                    decided.Count == 0 ? null : (decimal)released / decided.Count,
                    Percentile([.. decided.Where(d => d.Hours is not null).Select(d => d.Hours!.Value)], 0.5));
            })
            .OrderByDescending(g => g.Opened + g.Decided)
            .ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    private sealed record Decision(OrderBlock Block, string Kind, string Approver, double? Hours);
}

public sealed record BlockReasonCount(string Key, int Count);

/// <summary>One salesperson's, unit's or approver's figures: blocks opened, decided, released, release rate, median hours.</summary>
public sealed record BlockGroupFigures(string Key, int Opened, int Decided, int Released, decimal? ReleaseRate, double? MedianHoursToDecision);
