using CreditBot.Domain.Committee;
using CreditBot.Domain.Tests.Support;
using static CreditBot.Domain.Tests.Support.LimitRequestBuilder;

namespace CreditBot.Domain.Tests.Committee;

public class LimitRequestTests
{
    [Fact]
    public void Counts_a_vote_and_stays_open()
    {
        var request = ALimitRequest.Build();

        var outcome = request.Approve("m1");

        var counted = Assert.IsType<VoteOutcome.Counted>(outcome);
        Assert.Equal(1, counted.Tally.Approvals);
        Assert.Equal(2, counted.Tally.Remaining);
        Assert.False(request.IsClosed);
        Assert.Equal(1, request.Version);
    }

    [Fact]
    public void A_second_click_by_the_same_member_changes_nothing()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1");

        var outcome = request.Approve("m1");

        Assert.IsType<VoteOutcome.AlreadyVoted>(outcome);
        Assert.Equal(1, request.Version);
        Assert.Single(request.Votes);
    }

    [Fact]
    public void Refuses_a_different_vote_when_changes_are_not_allowed()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1");

        var outcome = request.Reject("m1");

        var already = Assert.IsType<VoteOutcome.AlreadyVoted>(outcome);
        Assert.Equal(VoteChoice.Approve, already.Existing.Choice);
    }

    [Fact]
    public void Lets_a_member_change_their_vote_when_the_rules_allow_it()
    {
        var request = ALimitRequest.Under(new CommitteeRules { AllowVoteChange = true }).Build();
        request.Approve("m1");

        var outcome = request.Reject("m1");

        var changed = Assert.IsType<VoteOutcome.Changed>(outcome);
        Assert.Equal(VoteChoice.Approve, changed.Previous.Choice);
        Assert.Equal(1, changed.Tally.Rejections);
        Assert.Equal(0, changed.Tally.Approvals);
        Assert.Equal(2, request.Version);
    }

    [Fact]
    public void Refuses_a_vote_from_someone_outside_the_committee()
    {
        var request = ALimitRequest.Build();

        var outcome = request.Approve("stranger");

        Assert.IsType<VoteOutcome.NotAMember>(outcome);
        Assert.Equal(0, request.Version);
    }

    [Fact]
    public void The_requester_cannot_vote_even_when_a_member()
    {
        var request = ALimitRequest.WithRequesterAmongMembers().Build();

        var outcome = request.Approve("requester");

        Assert.IsType<VoteOutcome.RequesterCannotVote>(outcome);
        Assert.Equal(3, request.EligibleMembers.Count);
    }

    [Fact]
    public void Matches_member_ids_without_case()
    {
        var request = ALimitRequest.Build();

        Assert.IsType<VoteOutcome.Counted>(request.Approve("M1"));
    }

    [Fact]
    public void Decides_by_simple_majority_when_everyone_has_voted()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1");
        request.Reject("m2");

        var outcome = request.Approve("m3");

        var decided = Assert.IsType<VoteOutcome.Decided>(outcome);
        Assert.Equal(DecisionOutcome.Approved, decided.Decision.Outcome);
        Assert.Equal(Money.Eur(100_000m), decided.Decision.Amount);
        Assert.Equal(ClosingReason.AllVoted, decided.Decision.Closing);
    }

    [Fact]
    public void Rejects_as_soon_as_a_majority_can_no_longer_be_reached()
    {
        var request = ALimitRequest.Build();
        request.Reject("m1");

        var outcome = request.Reject("m2");

        var decided = Assert.IsType<VoteOutcome.Decided>(outcome);
        Assert.Equal(DecisionOutcome.Rejected, decided.Decision.Outcome);
        Assert.Null(decided.Decision.Amount);
        Assert.Equal(ClosingReason.OutcomeCertain, decided.Decision.Closing);
    }

    [Fact]
    public void Approves_early_when_neither_outcome_nor_amount_can_change()
    {
        var rules = new CommitteeRules { CounterAmounts = CounterAmountPolicy.RequestedAmount };
        var request = ALimitRequest.Under(rules).Build();
        request.Approve("m1");

        var outcome = request.Approve("m2");

        Assert.Equal(DecisionOutcome.Approved, Assert.IsType<VoteOutcome.Decided>(outcome).Decision.Outcome);
    }

    [Fact]
    public void Waits_for_the_remaining_members_when_they_could_still_counter_propose()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1");

        Assert.IsType<VoteOutcome.Counted>(request.Approve("m2"));
    }

    [Fact]
    public void Grants_the_lowest_counter_amount_among_approvals()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1", counter: 80_000m);
        request.Approve("m2", counter: 60_000m);
        request.Reject("m3");

        Assert.Equal(Money.Eur(60_000m), request.Decision!.Amount);
    }

    [Fact]
    public void Ignores_the_counter_amount_of_a_rejection()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1");
        request.Approve("m2", counter: 90_000m);
        request.Vote("m3", VoteChoice.Reject, "half at most", Money.Eur(50_000m), Opened.AddHours(2));

        Assert.Equal(Money.Eur(90_000m), request.Decision!.Amount);
    }

    [Fact]
    public void Can_grant_the_median_counter_amount_instead()
    {
        var rules = new CommitteeRules { CounterAmounts = CounterAmountPolicy.MedianAmongApprovals };
        var request = ALimitRequest.Under(rules).Build();
        request.Approve("m1", counter: 40_000m);
        request.Approve("m2", counter: 70_000m);
        request.Approve("m3");

        Assert.Equal(Money.Eur(70_000m), request.Decision!.Amount);
    }

    [Fact]
    public void Refuses_a_counter_amount_that_is_not_positive()
    {
        var request = ALimitRequest.Build();

        Assert.IsType<VoteOutcome.InvalidCounterAmount>(request.Approve("m1", counter: 0m));
    }

    [Fact]
    public void Breaks_a_tie_with_the_chairs_casting_vote()
    {
        var rules = new CommitteeRules { Chair = "m1", ChairHasCastingVote = true };
        var request = ALimitRequest.WithMembers(4).Under(rules).Build();
        request.Approve("m1");
        request.Approve("m2");
        request.Reject("m3");

        var outcome = request.Reject("m4");

        var decision = Assert.IsType<VoteOutcome.Decided>(outcome).Decision;
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.True(decision.CastingVoteUsed);
    }

    [Fact]
    public void Rejects_a_tie_without_a_casting_vote()
    {
        var request = ALimitRequest.WithMembers(4).Build();
        request.Approve("m1");
        request.Approve("m2");
        request.Reject("m3");

        var outcome = request.Reject("m4");

        Assert.Equal(DecisionOutcome.Rejected, Assert.IsType<VoteOutcome.Decided>(outcome).Decision.Outcome);
    }

    [Fact]
    public void Needs_two_thirds_under_qualified_majority()
    {
        var rules = new CommitteeRules { Rule = DecisionRule.QualifiedMajority };
        var twoOfThree = ALimitRequest.Under(rules).Build();
        var threeOfFive = ALimitRequest.WithMembers(5).Under(rules).Build();

        twoOfThree.Approve("m1");
        twoOfThree.Approve("m2");
        twoOfThree.Reject("m3");
        threeOfFive.Approve("m1");
        threeOfFive.Approve("m2");
        threeOfFive.Approve("m3");
        threeOfFive.Reject("m4");
        threeOfFive.Reject("m5");

        Assert.Equal(DecisionOutcome.Approved, twoOfThree.Decision!.Outcome);
        Assert.Equal(DecisionOutcome.Rejected, threeOfFive.Decision!.Outcome);
    }

    [Fact]
    public void Needs_every_member_when_all_must_approve()
    {
        var rules = new CommitteeRules { Rule = DecisionRule.AllMustApprove };
        var request = ALimitRequest.Under(rules).Build();
        request.Approve("m1");

        var outcome = request.Abstain("m2");

        Assert.Equal(DecisionOutcome.Rejected, Assert.IsType<VoteOutcome.Decided>(outcome).Decision.Outcome);
    }

    [Fact]
    public void Closes_without_quorum_at_the_deadline()
    {
        var request = ALimitRequest.Under(new CommitteeRules { Quorum = 2 }).Build();
        request.Approve("m1");

        var outcome = request.Close(request.Deadline);

        var decision = Assert.IsType<VoteOutcome.Decided>(outcome).Decision;
        Assert.Equal(DecisionOutcome.NoQuorum, decision.Outcome);
        Assert.Equal(ClosingReason.DeadlinePassed, decision.Closing);
    }

    [Fact]
    public void Decides_with_the_votes_cast_when_closed_at_the_deadline()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1", counter: 75_000m);

        var decision = Assert.IsType<VoteOutcome.Decided>(request.Close(request.Deadline)).Decision;

        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal(Money.Eur(75_000m), decision.Amount);
    }

    [Fact]
    public void A_click_after_the_deadline_is_refused_and_closes_the_request()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1");

        var outcome = request.Vote("m2", VoteChoice.Approve, null, null, request.Deadline.AddMinutes(1));

        var closed = Assert.IsType<VoteOutcome.AlreadyClosed>(outcome);
        Assert.Equal(DecisionOutcome.Approved, closed.Decision.Outcome);
        Assert.Single(request.Votes);
    }

    [Fact]
    public void A_click_after_the_decision_is_refused()
    {
        var request = ALimitRequest.Build();
        request.Reject("m1");
        request.Reject("m2");
        var version = request.Version;

        var outcome = request.Approve("m3");

        Assert.IsType<VoteOutcome.AlreadyClosed>(outcome);
        Assert.Equal(version, request.Version);
    }

    [Fact]
    public void Round_trips_through_a_snapshot_with_its_version()
    {
        var request = ALimitRequest.Build();
        request.Approve("m1", counter: 70_000m);

        var restored = LimitRequest.FromSnapshot(request.ToSnapshot());
        var outcome = restored.Approve("m1", counter: 70_000m);

        Assert.Equal(request.Version, restored.Version);
        Assert.IsType<VoteOutcome.AlreadyVoted>(outcome);
        Assert.Equal(request.Tally.Approvals, restored.Tally.Approvals);
    }

    [Fact]
    public void A_recused_member_leaves_the_eligible_members_and_counts_for_no_quorum()
    {
        var request = ALimitRequest.WithMembers(5).Under(new CommitteeRules { Quorum = 3 }).Build();

        var outcome = request.Vote("m1", VoteChoice.Recuse, "I sit on their board", null, LimitRequestBuilder.Opened.AddHours(1));

        var counted = Assert.IsType<VoteOutcome.Counted>(outcome);
        Assert.Equal(4, counted.Tally.Eligible);
        Assert.Equal(0, counted.Tally.Cast);
        Assert.Equal(4, counted.Tally.Remaining);
        Assert.DoesNotContain("m1", request.EligibleMembers);
    }

    [Fact]
    public void Recusals_do_not_make_up_a_quorum_at_the_deadline()
    {
        var request = ALimitRequest.WithMembers(5).Under(new CommitteeRules { Quorum = 3 }).Build();
        request.Vote("m1", VoteChoice.Recuse, null, null, LimitRequestBuilder.Opened.AddHours(1));
        request.Vote("m2", VoteChoice.Recuse, null, null, LimitRequestBuilder.Opened.AddHours(1));
        request.Approve("m3");
        request.Approve("m4");

        var outcome = request.Close(request.Deadline);

        var decided = Assert.IsType<VoteOutcome.Decided>(outcome);
        Assert.Equal(DecisionOutcome.NoQuorum, decided.Decision.Outcome);
    }

    [Fact]
    public void When_all_but_the_recused_have_voted_the_request_closes()
    {
        var request = ALimitRequest.Build();
        request.Vote("m1", VoteChoice.Recuse, null, null, LimitRequestBuilder.Opened.AddHours(1));
        request.Approve("m2");

        var outcome = request.Approve("m3");

        var decided = Assert.IsType<VoteOutcome.Decided>(outcome);
        Assert.Equal(DecisionOutcome.Approved, decided.Decision.Outcome);
        Assert.Equal(ClosingReason.AllVoted, decided.Decision.Closing);
    }
}
