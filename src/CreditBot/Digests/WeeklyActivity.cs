using CreditBot.Committee;
using CreditBot.Company;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;

namespace CreditBot.Digests;

/// <summary>
/// What the order chain and the credit committee did in the summary's week: the seven days before its as-of date,
/// midnight to midnight in the company zone (<see cref="Since"/> included, <see cref="Until"/> excluded), so that every
/// instant belongs to exactly one summary and a Monday summary reports Monday to Sunday, complete. Blocks opened and
/// decided (<see cref="BlockStatistics"/>) and those still waiting at the end; the committee's decisions and the
/// requests still open at the end.
/// </summary>
public sealed record WeeklyActivity(
    DateTimeOffset Since,
    DateTimeOffset Until,
    BlockStatistics Blocks,
    PendingBlocks PendingAtEnd,
    IReadOnlyList<LimitRequestRecord> Decided,
    int RequestsOpenAtEnd)
{
    /// <summary>The first and last business dates of the week (both included).</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(Since.DateTime);

    public DateOnly LastDay => DateOnly.FromDateTime(Until.DateTime).AddDays(-1);

    /// <summary>No block opened, decided or expired in the week.</summary>
    public bool NoBlocks => Blocks.Opened == 0 && Blocks.Decided == 0 && Blocks.Expired == 0;

    public int Approved => Count(DecisionOutcome.Approved);

    public int Rejected => Count(DecisionOutcome.Rejected);

    public int NoQuorum => Count(DecisionOutcome.NoQuorum);

    /// <summary>The limits granted in the week, one total per currency (largest first).</summary>
    public IReadOnlyList<Money> Granted =>
        [.. Decided.Select(r => r.Request.Decision!.Amount).OfType<Money>()
            .GroupBy(m => m.Currency)
            .Select(g => Money.Sum(g, g.Key))
            .OrderByDescending(m => m.Amount)];

    /// <summary>The week ending at the start of <paramref name="asOf"/> in <paramref name="zone"/>, with the zone's offsets.</summary>
    public static (DateTimeOffset Since, DateTimeOffset Until) WeekBefore(DateOnly asOf, TimeZoneInfo zone)
    {
        return (CompanyClock.StartOf(asOf.AddDays(-7), zone), CompanyClock.StartOf(asOf, zone));
    }

    public static WeeklyActivity Of(IOrderBlockStore blocks, ILimitRequestStore requests, DateOnly asOf, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(requests);
        var (since, until) = WeekBefore(asOf, zone);
        var all = blocks.All();

        // Open at the end: made before it and not decided by then (still open now, or decided since).
        var openAtEnd = requests.Open().Concat(requests.DecidedBetween(until, DateTimeOffset.MaxValue))
            .Count(r => r.Request.CreatedAt < until);
        return new WeeklyActivity(since, until, BlockStatistics.Of(all, since, until), PendingBlocks.Of(all, until), requests.DecidedBetween(since, until), openAtEnd);
    }

    private int Count(DecisionOutcome outcome) => Decided.Count(r => r.Request.Decision!.Outcome == outcome);
}
