using CreditBot.Domain.Orders;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Orders;

public class BlockStatisticsTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private static OrderBlock Blocked(string number, string salesperson, DateTimeOffset at, params BlockReason[] reasons) => OrderBlock.Open(
        new OrderBlockEvaluation
        {
            Client = A.Acme,
            OrderNumber = number,
            OrderAmount = A.Eur(1_000m),
            Decision = new BlockDecision(reasons),
            AsOf = A.Today,
            Exposure = A.Eur(0m),
            Overdue = A.Eur(0m),
            Salesperson = salesperson,
            BusinessUnit = "Industrie",
        },
        at);

    private static OrderBlock Decide(OrderBlock block, OrderDecisionKind kind, string who, DateTimeOffset at) =>
        ((DecideOutcome.Applied)block.Decide(new OrderDecision { Kind = kind, DeciderId = who, DeciderName = who, At = at }, block.Version)).Block;

    [Fact]
    public void Counts_reasons_release_rate_and_time_to_decision_by_salesperson_and_approver()
    {
        // Four blocks opened on day 0: decided after 2 h (release), 4 h (conditional), 10 h (reject); one still open.
        // Release rate 2/3; hours 2, 4, 10: median 4 (rank 2), p90 10 (rank 3).
        var overdue = new BlockReason.OverdueBeyondTolerance(A.Eur(10m), 1, 5, 0, A.Eur(0m));
        var noLine = new BlockReason.NoCreditLine();
        var blocks = new[]
        {
            Decide(Blocked("1", "camille", Start, overdue), OrderDecisionKind.Release, "Claire", Start.AddHours(2)),
            Decide(Blocked("2", "camille", Start, overdue, noLine), OrderDecisionKind.ReleaseWithConditions, "Claire", Start.AddHours(4)),
            Decide(Blocked("3", "hugo", Start, noLine), OrderDecisionKind.Reject, "Paul", Start.AddHours(10)),
            Blocked("4", "hugo", Start, overdue),
            Decide(Blocked("old", "hugo", Start.AddDays(-30), overdue), OrderDecisionKind.Release, "Paul", Start.AddDays(-29)),
        };

        var stats = BlockStatistics.Of(blocks, Start, Start.AddDays(7));

        Assert.Equal((4, 3, 1), (stats.Opened, stats.Decided, stats.StillOpen));
        Assert.Equal([new BlockReasonCount("block.overdue", 3), new BlockReasonCount("block.no-credit-line", 2)], stats.ByReason);
        Assert.Equal(2m / 3m, stats.ReleaseRate);
        Assert.Equal((4d, 10d), (stats.MedianHoursToDecision, stats.P90HoursToDecision));
        var camille = Assert.Single(stats.BySalesperson, g => g.Key == "camille");
        Assert.Equal((2, 2, 2, 1m), (camille.Opened, camille.Decided, camille.Released, camille.ReleaseRate));
        var paul = Assert.Single(stats.ByApprover, g => g.Key == "Paul");
        Assert.Equal((1, 0m, 10d), (paul.Decided, paul.ReleaseRate, paul.MedianHoursToDecision));
    }

    [Fact]
    public void Nothing_decided_has_no_rate_and_no_times()
    {
        var stats = BlockStatistics.Of([Blocked("1", "camille", Start, new BlockReason.ManualBlock())], Start, Start.AddDays(1));

        Assert.Equal((1, 0), (stats.Opened, stats.Decided));
        Assert.Null(stats.ReleaseRate);
        Assert.Null(stats.MedianHoursToDecision);
    }
}
