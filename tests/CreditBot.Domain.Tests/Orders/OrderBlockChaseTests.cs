using CreditBot.Domain.Orders;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Orders;

public class OrderBlockChaseTests
{
    private static readonly DateTimeOffset Monday = new(2025, 6, 30, 7, 0, 0, TimeSpan.Zero);

    private static readonly OrderBlock Pending = OrderBlock.Open(
        new OrderBlockEvaluation
        {
            Client = A.Acme,
            OrderNumber = "C-1",
            OrderAmount = A.Eur(1_000m),
            Decision = new BlockDecision([new BlockReason.ManualBlock()]),
            AsOf = A.Today,
            Exposure = A.Eur(0m),
            Overdue = A.Eur(0m),
        },
        Monday);

    [Fact]
    public void An_undecided_request_is_reminded_once_then_escalated_once()
    {
        var policy = new OrderBlockPolicy(RemindAfterHours: 24, EscalateAfterHours: 48);

        var early = Pending.Chase(policy, Monday.AddHours(23));
        var reminded = Pending.Chase(policy, Monday.AddHours(24))!;
        var again = reminded.Chase(policy, Monday.AddHours(30));
        var escalated = reminded.Chase(policy, Monday.AddHours(48))!;
        var after = escalated.Chase(policy, Monday.AddHours(200));

        Assert.Null(early);
        Assert.Equal((OrderBlockEventKind.Reminded, 2L, false), (reminded.History[^1].Kind, reminded.Version, reminded.Escalated));
        Assert.Null(again);
        Assert.Equal((OrderBlockEventKind.Escalated, OrderBlockState.PendingDecision, true), (escalated.History[^1].Kind, escalated.State, escalated.Escalated));
        Assert.Null(after);
    }

    [Fact]
    public void A_decided_or_ready_order_is_not_chased()
    {
        var policy = new OrderBlockPolicy(RemindAfterHours: 1, EscalateAfterHours: 2);
        var released = ((DecideOutcome.Applied)Pending.Decide(
            new OrderDecision { Kind = OrderDecisionKind.Release, DeciderId = "c", DeciderName = "C", At = Monday }, 1)).Block;

        Assert.Null(released.Chase(policy, Monday.AddDays(9)));
        Assert.Null((Pending with { State = OrderBlockState.ReadyToRelease }).Chase(policy, Monday.AddDays(9)));
    }
}
