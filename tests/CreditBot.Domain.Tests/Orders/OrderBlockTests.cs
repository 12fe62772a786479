using CreditBot.Domain.Orders;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Orders;

public class OrderBlockTests
{
    private static readonly DateTimeOffset Monday = new(2025, 6, 30, 7, 0, 0, TimeSpan.Zero);

    // ACME: limit 50 000, exposure 45 000 without the order; a 10 000 order goes 5 000 over.
    private static readonly OrderBlockEvaluation OverLimit = new()
    {
        Client = A.Acme,
        OrderNumber = "C-0001",
        OrderAmount = A.Eur(10_000m),
        Decision = new BlockDecision([new BlockReason.LimitExceeded(A.Eur(45_000m), A.Eur(10_000m), A.Eur(50_000m), A.Eur(5_000m))]),
        AsOf = A.Today,
        Exposure = A.Eur(45_000m),
        Overdue = A.Eur(0m),
        Limit = A.Eur(50_000m),
        Salesperson = "oid-camille",
    };

    private static readonly OrderBlockEvaluation Clear = OverLimit with { Decision = BlockDecision.Clear, Exposure = A.Eur(30_000m) };

    private static OrderDecision By(string who, OrderDecisionKind kind, DateTimeOffset at) =>
        new() { Kind = kind, DeciderId = who, DeciderName = who, At = at, Comment = "ok" };

    [Fact]
    public void A_new_block_is_pending_at_version_1_with_its_history()
    {
        var block = OrderBlock.Open(OverLimit, Monday, runId: 7);

        Assert.Equal((OrderBlockState.PendingDecision, 1L, 1), (block.State, block.Version, block.Round));
        var opened = Assert.Single(block.History);
        Assert.Equal((OrderBlockEventKind.Opened, 7, "block.limit-exceeded"), (opened.Kind, opened.RunId, Assert.Single(opened.ReasonKeys)));
    }

    [Fact]
    public void The_same_evaluation_again_changes_nothing()
    {
        var block = OrderBlock.Open(OverLimit, Monday);

        Assert.Null(block.Reevaluate(OverLimit, OrderBlockPolicy.Default, Monday.AddDays(1)));
    }

    [Fact]
    public void The_first_decision_wins_and_a_second_is_told_who_decided()
    {
        var block = OrderBlock.Open(OverLimit, Monday);

        var first = Assert.IsType<DecideOutcome.Applied>(block.Decide(By("claire", OrderDecisionKind.Release, Monday.AddHours(1)), 1)).Block;
        var second = first.Decide(By("paul", OrderDecisionKind.Reject, Monday.AddHours(2)), 1);

        Assert.Equal((OrderBlockState.Released, 2L, A.Eur(10_000m)), (first.State, first.Version, first.ReleasedAmount));
        var refused = Assert.IsType<DecideOutcome.AlreadyDecided>(second);
        Assert.Equal("claire", refused.Decision.DeciderId);
        Assert.Equal(2, refused.Block.History.Count);
    }

    [Fact]
    public void A_decision_on_an_older_version_applies_nothing()
    {
        var block = OrderBlock.Open(OverLimit, Monday)
            .Decide(By("claire", OrderDecisionKind.Forward, Monday) with { ForwardTo = "paul" }, 1) is DecideOutcome.Applied forwarded
            ? forwarded.Block
            : throw new InvalidOperationException();

        var outcome = block.Decide(By("claire", OrderDecisionKind.Release, Monday.AddHours(1)), 1);

        Assert.Equal((OrderBlockState.PendingDecision, 2L, "paul"), (block.State, block.Version, block.AssigneeId));
        Assert.Equal(1, Assert.IsType<DecideOutcome.StaleVersion>(outcome).Shown);
    }

    [Fact]
    public void A_released_order_stays_released_until_it_grows_beyond_the_release()
    {
        var released = ((DecideOutcome.Applied)OrderBlock.Open(OverLimit, Monday).Decide(By("claire", OrderDecisionKind.Release, Monday), 1)).Block;
        var grown = OverLimit with { OrderAmount = A.Eur(12_000m) };

        var unchanged = released.Reevaluate(OverLimit, OrderBlockPolicy.Default, Monday.AddDays(1));
        var reopened = released.Reevaluate(grown, OrderBlockPolicy.Default, Monday.AddDays(1));

        Assert.Null(unchanged);
        Assert.NotNull(reopened);
        Assert.Equal((OrderBlockState.PendingDecision, 2, "recheck.grown"), (reopened.State, reopened.Round, reopened.History[^1].Note));
        Assert.Null(reopened.Decision);
        Assert.Equal(A.Eur(12_000m), reopened.OrderAmount);
    }

    [Fact]
    public void A_release_older_than_the_policy_is_checked_again_and_says_why()
    {
        var released = ((DecideOutcome.Applied)OrderBlock.Open(OverLimit, Monday).Decide(By("claire", OrderDecisionKind.Release, Monday), 1)).Block;
        var policy = new OrderBlockPolicy(RecheckAfterDays: 14);

        var day14 = released.Reevaluate(OverLimit, policy, Monday.AddDays(14));
        var day15 = released.Reevaluate(OverLimit, policy, Monday.AddDays(15));

        Assert.Null(day14);
        Assert.Equal((OrderBlockEventKind.Reopened, "recheck.stale"), (day15!.History[^1].Kind, day15.History[^1].Note));
    }

    [Fact]
    public void A_pending_order_whose_reasons_have_gone_is_ready_to_release_or_released_when_the_company_says_so()
    {
        var block = OrderBlock.Open(OverLimit, Monday);

        var ready = block.Reevaluate(Clear, OrderBlockPolicy.Default, Monday.AddDays(1))!;
        var auto = block.Reevaluate(Clear, new OrderBlockPolicy(AutoReleaseWhenReady: true), Monday.AddDays(1))!;
        var again = ready.Reevaluate(OverLimit, OrderBlockPolicy.Default, Monday.AddDays(2))!;

        Assert.Equal((OrderBlockState.ReadyToRelease, 2L), (ready.State, ready.Version));
        Assert.Equal((OrderBlockState.Released, OrderBlock.SystemDecider), (auto.State, auto.Decision!.DeciderId));
        Assert.Equal([OrderBlockEventKind.Opened, OrderBlockEventKind.BecameReady, OrderBlockEventKind.AutoReleased], auto.History.Select(e => e.Kind));
        Assert.Equal(OrderBlockState.PendingDecision, again.State);
    }

    [Fact]
    public void A_rejection_stands_and_an_open_request_expires_when_the_order_leaves_the_book()
    {
        var open = OrderBlock.Open(OverLimit, Monday);
        var rejected = ((DecideOutcome.Applied)open.Decide(By("claire", OrderDecisionKind.Reject, Monday) with { RejectReason = "reject.overdue" }, 1)).Block;

        Assert.Null(rejected.Reevaluate(OverLimit with { OrderAmount = A.Eur(99_000m) }, OrderBlockPolicy.Default, Monday.AddDays(90)));
        Assert.Null(rejected.Expire(Monday.AddDays(1)));
        Assert.Equal(OrderBlockState.Expired, open.Expire(Monday.AddDays(1))!.State);
        Assert.IsType<DecideOutcome.NotOpen>(open.Expire(Monday.AddDays(1))!.Decide(By("claire", OrderDecisionKind.Release, Monday), 2));
    }

    [Fact]
    public void A_partial_release_covers_only_its_amount()
    {
        var decision = By("claire", OrderDecisionKind.ReleaseWithConditions, Monday) with
        {
            Condition = new ReleaseCondition(ReleaseConditionKind.PartialUpToHeadroom, A.Eur(5_000m)),
        };

        var block = ((DecideOutcome.Applied)OrderBlock.Open(OverLimit, Monday).Decide(decision, 1)).Block;

        Assert.Equal((OrderBlockState.ReleasedWithConditions, A.Eur(5_000m)), (block.State, block.ReleasedAmount));
        Assert.NotNull(block.Reevaluate(OverLimit, OrderBlockPolicy.Default, Monday.AddDays(1)));
    }
}
