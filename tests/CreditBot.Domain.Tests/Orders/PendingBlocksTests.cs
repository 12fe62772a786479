using CreditBot.Domain.Orders;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Orders;

public class PendingBlocksTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private static OrderBlock Blocked(string number, DateTimeOffset at) => OrderBlock.Open(
        new OrderBlockEvaluation
        {
            Client = A.Acme,
            OrderNumber = number,
            OrderAmount = A.Eur(1_000m),
            Decision = new BlockDecision([new BlockReason.ManualBlock()]),
            AsOf = A.Today,
            Exposure = A.Eur(0m),
            Overdue = A.Eur(0m),
        },
        at);

    private static OrderBlock Release(OrderBlock block, DateTimeOffset at) =>
        ((DecideOutcome.Applied)block.Decide(new OrderDecision { Kind = OrderDecisionKind.Release, DeciderId = "claire", DeciderName = "Claire", At = at }, block.Version)).Block;

    [Fact]
    public void Counts_the_blocks_waiting_at_the_instant_as_they_stood_then_with_the_oldest()
    {
        // At Start + 7 days: "old" waits since Start − 2 days; "week" since Start + 1 day; "released-later" was released
        // after the instant, so it was still waiting then (since Start); "released" and "at-end" (opened at the instant) were not.
        var end = Start.AddDays(7);
        var blocks = new[]
        {
            Blocked("old", Start.AddDays(-2)),
            Blocked("week", Start.AddDays(1)),
            Release(Blocked("released-later", Start), end.AddHours(1)),
            Release(Blocked("released", Start), Start.AddHours(3)),
            Blocked("at-end", end),
        };

        var pending = PendingBlocks.Of(blocks, end);

        Assert.Equal((3, (DateTimeOffset?)Start.AddDays(-2), (TimeSpan?)TimeSpan.FromDays(9)), (pending.Count, pending.OldestSince, pending.OldestAge));
    }

    [Fact]
    public void None_waiting_has_no_oldest()
    {
        var pending = PendingBlocks.Of([Release(Blocked("1", Start), Start.AddHours(1))], Start.AddDays(1));

        Assert.Equal((0, (TimeSpan?)null), (pending.Count, pending.OldestAge));
    }
}
