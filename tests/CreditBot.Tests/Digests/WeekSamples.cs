using CreditBot.Committee;
using CreditBot.Digests;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Committee;

namespace CreditBot.Tests.Digests;

/// <summary>
/// The order blocks and limit requests around the weekly summary of Monday 30 November 2026, whose week is Monday
/// 23 to Sunday 29 November in Paris (UTC+1): from 22 Nov 23:00 UTC included to 29 Nov 23:00 UTC excluded. Times are UTC.
/// <list type="bullet">
/// <item>B1 opened 16 Nov, released 22 Nov 22:30 (Sunday 23:30 in Paris, just before the week): not counted.</item>
/// <item>B2 opened 23 Nov 08:00 (overdue, limit exceeded), released 12:00: 4 h.</item>
/// <item>B3 opened 24 Nov 09:00 (limit exceeded), released with conditions 25 Nov 09:00: 24 h.</item>
/// <item>B4 opened 25 Nov 10:00 (manual block), rejected 12:00: 2 h.</item>
/// <item>B5 opened 26 Nov 08:00 (overdue), still waiting.</item>
/// <item>B6 opened 10 Nov 08:00 (no credit line), still waiting: the oldest, 19 days 15 h = 19.6 days at the week's end.</item>
/// <item>B7 opened 28 Nov 09:00 (limit exceeded), released 29 Nov 23:30 (Monday 00:30 in Paris, just after the week):
/// opened in the week, waiting at its end, its decision not counted.</item>
/// <item>B8 opened 29 Nov 23:00 (Monday 00:00 in Paris, the week's end): not counted.</item>
/// <item>B9 opened 20 Nov 08:00 (review date passed), expired 27 Nov 06:00.</item>
/// </list>
/// The week: 5 blocks opened (B2, B3, B4, B5, B7): limit exceeded 3, overdue 2, manual block 1; decided 3 (released 1,
/// with conditions 1, rejected 1) and 1 expired; release rate 2 / 3 = 66.7 %; hours 2, 4, 24: median 4 h (rank 2),
/// 90th percentile 24 h (rank 3); waiting at the end 3 (B5, B6, B7), the oldest for 19.6 days.
/// <list type="bullet">
/// <item>R0 Avant SA, 40 000 €, refused 22 Nov 22:30 (before the week): not counted.</item>
/// <item>R1 Nord Métal, 80 000 € asked, approved 24 Nov 10:00 at 60 000 € (the lowest counter-amount).</item>
/// <item>R2 Sud Santé, 120 000 €, refused 25 Nov 15:00.</item>
/// <item>R3 Ouest Bois, 30 000 €, approved 27 Nov 16:00 at 30 000 €.</item>
/// <item>R4 Est Chimie, 50 000 €, closed 28 Nov 12:00 with one vote: no quorum.</item>
/// <item>R5 Après SARL, 70 000 €, made 29 Nov 20:00, refused 29 Nov 23:30 (Monday 00:30 in Paris): not counted, open at the end.</item>
/// <item>R6 Centre Verre, 25 000 €, made 26 Nov, undecided: open at the end.</item>
/// <item>R7 Plus Tard, 10 000 €, made 30 Nov 08:00, undecided: after the week.</item>
/// </list>
/// The week: 4 decisions (approved 2, refused 1, no quorum 1), 90 000 € granted; largest first: Sud Santé 120 000 €
/// refused, Nord Métal 80 000 € → 60 000 €, Est Chimie 50 000 € no quorum, Ouest Bois 30 000 € → 30 000 €; open at
/// the end 2 (R5, R6).
/// </summary>
public static class WeekSamples
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // Before the lists that use them: static fields are set in the order they are written.
    private static readonly BlockReason Overdue = new BlockReason.OverdueBeyondTolerance(Money.Eur(9_000m), 2, 45, 30, Money.Eur(0m));

    private static readonly BlockReason Exceeded = new BlockReason.LimitExceeded(Money.Eur(48_000m), Money.Eur(9_000m), Money.Eur(50_000m), Money.Eur(7_000m));

    public static DateOnly AsOf { get; } = new(2026, 11, 30);

    public static DateTimeOffset Since { get; } = new(2026, 11, 22, 23, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Until { get; } = new(2026, 11, 29, 23, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<OrderBlock> Blocks { get; } =
    [
        Decide(Blocked("B1", Utc(16, 8), new BlockReason.ManualBlock()), OrderDecisionKind.Release, Utc(22, 22, 30)),
        Decide(Blocked("B2", Utc(23, 8), Overdue, Exceeded), OrderDecisionKind.Release, Utc(23, 12)),
        Decide(Blocked("B3", Utc(24, 9), Exceeded), OrderDecisionKind.ReleaseWithConditions, Utc(25, 9)),
        Decide(Blocked("B4", Utc(25, 10), new BlockReason.ManualBlock()), OrderDecisionKind.Reject, Utc(25, 12)),
        Blocked("B5", Utc(26, 8), Overdue),
        Blocked("B6", Utc(10, 8), new BlockReason.NoCreditLine()),
        Decide(Blocked("B7", Utc(28, 9), Exceeded), OrderDecisionKind.Release, Utc(29, 23, 30)),
        Blocked("B8", Utc(29, 23), Overdue),
        Blocked("B9", Utc(20, 8), new BlockReason.ReviewDatePassed(new DateOnly(2026, 10, 1), 50)).Expire(Utc(27, 6))!,
    ];

    public static IReadOnlyList<LimitRequestRecord> Requests { get; } =
    [
        Request("R0", "Avant SA", 40_000m, Utc(22, 20), r => Reject(r, Utc(22, 22, 30))),
        Request("R1", "Nord Métal", 80_000m, Utc(23, 9), r =>
        {
            r.Vote("member-1", VoteChoice.Approve, null, Money.Eur(60_000m), Utc(24, 8));
            r.Vote("member-2", VoteChoice.Approve, null, null, Utc(24, 9));
            r.Vote("member-3", VoteChoice.Approve, null, null, Utc(24, 9, 30));
            r.Close(Utc(24, 10));
        }),
        Request("R2", "Sud Santé", 120_000m, Utc(24, 15), r => Reject(r, Utc(25, 15))),
        Request("R3", "Ouest Bois", 30_000m, Utc(27, 9), r =>
        {
            foreach (var member in CommitteeSamples.Members)
            {
                r.Vote(member, VoteChoice.Approve, null, null, Utc(27, 16));
            }
        }),
        Request("R4", "Est Chimie", 50_000m, Utc(27, 12), r =>
        {
            r.Vote("member-1", VoteChoice.Approve, null, null, Utc(27, 18));
            r.Close(Utc(28, 12));
        }),
        Request("R5", "Après SARL", 70_000m, Utc(29, 20), r => Reject(r, Utc(29, 23, 30))),
        Request("R6", "Centre Verre", 25_000m, Utc(26, 10), r => r.Vote("member-1", VoteChoice.Approve, null, null, Utc(26, 11))),
        Request("R7", "Plus Tard", 10_000m, Utc(30, 8), _ => { }),
    ];

    /// <summary>The week as the composer reads it from the stores, built here without one (card samples).</summary>
    public static WeeklyActivity Week { get; } = new(
        TimeZoneInfo.ConvertTime(Since, Paris),
        TimeZoneInfo.ConvertTime(Until, Paris),
        BlockStatistics.Of(Blocks, Since, Until),
        PendingBlocks.Of(Blocks, Until),
        [.. Requests.Where(r => r.Request.Decision is { } d && d.DecidedAt >= Since && d.DecidedAt < Until)],
        2);

    /// <summary>Writes the blocks and the requests (made, then decided in one change) into real stores.</summary>
    public static void Fill(IOrderBlockStore blocks, ILimitRequestStore requests)
    {
        foreach (var block in Blocks)
        {
            blocks.TryAdd(block);
        }

        foreach (var record in Requests)
        {
            var made = record with { Request = record.Request with { Votes = [], Decision = null, Version = 0 } };
            requests.Create(made, CommitteeSamples.Created(made));
            if (record.Version > 0)
            {
                requests.Update(record.Id, _ => new LimitRequestChange<bool>(
                    record, [new LimitRequestEvent(record.Id, record.Version, record.Request.Decision?.DecidedAt ?? record.Request.CreatedAt, "member-1", "vote")], true));
            }
        }
    }

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    private static OrderBlock Blocked(string number, DateTimeOffset at, params BlockReason[] reasons) => OrderBlock.Open(
        new OrderBlockEvaluation
        {
            Client = new ClientCode("W1"),
            OrderNumber = number,
            OrderAmount = Money.Eur(9_000m),
            Decision = new BlockDecision(reasons),
            AsOf = DateOnly.FromDateTime(at.UtcDateTime),
            Exposure = Money.Eur(48_000m),
            Overdue = Money.Eur(9_000m),
            Limit = Money.Eur(50_000m),
            Salesperson = "camille@contoso.example",
            BusinessUnit = "Nord",
        },
        at);

    private static OrderBlock Decide(OrderBlock block, OrderDecisionKind kind, DateTimeOffset at) =>
        ((DecideOutcome.Applied)block.Decide(
            new OrderDecision
            {
                Kind = kind,
                DeciderId = "oid-claire",
                DeciderName = "Claire Moreau",
                At = at,
                Condition = kind == OrderDecisionKind.ReleaseWithConditions ? new ReleaseCondition(ReleaseConditionKind.PartialUpToHeadroom, Money.Eur(2_000m)) : null,
            },
            block.Version)).Block;

    private static LimitRequestRecord Request(string id, string client, decimal amount, DateTimeOffset opened, Action<LimitRequest> decide)
    {
        var record = CommitteeSamples.Record(id, opened: opened) with { ClientName = client };
        var request = new LimitRequest(id, new ClientCode(id), Money.Eur(amount), Money.Eur(10_000m), "requester", CommitteeSamples.Members,
            new CommitteeRules { Quorum = 3 }, opened, opened.AddHours(72));
        decide(request);
        return record with { Request = request.ToSnapshot() };
    }

    private static void Reject(LimitRequest request, DateTimeOffset at)
    {
        request.Vote("member-1", VoteChoice.Reject, null, null, at.AddMinutes(-20));
        request.Vote("member-2", VoteChoice.Reject, null, null, at.AddMinutes(-10));
        request.Vote("member-3", VoteChoice.Reject, null, null, at);
    }
}
