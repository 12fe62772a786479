using CreditBot.Domain.Committee;
using CreditBot.Domain.Tests.Support;
using CsCheck;

namespace CreditBot.Domain.Tests.Committee;

public class LimitRequestPropertyTests
{
    private static readonly Gen<CommitteeRules> Rules =
        Gen.Select(Gen.Enum<DecisionRule>(), Gen.Int[1, 3], Gen.Bool, Gen.Bool)
            .Select((rule, quorum, change, casting) => new CommitteeRules
            {
                Rule = rule,
                Quorum = quorum,
                AllowVoteChange = change,
                Chair = "m1",
                ChairHasCastingVote = casting,
            });

    private static readonly Gen<(string Member, VoteChoice Choice, decimal? Counter)> Click =
        Gen.Select(Gen.Int[0, 6], Gen.Enum<VoteChoice>(), Gen.Int[0, 3])
            .Select((member, choice, counter) => (
                member switch { 0 => "requester", 6 => "stranger", _ => $"m{member}" },
                choice,
                counter == 0 ? (decimal?)null : counter * 25_000m));

    [Fact]
    public void Votes_never_exceed_members_a_decision_never_changes_and_refusals_change_nothing()
    {
        Gen.Select(Rules, Click.Array[0, 15]).Sample((rules, clicks) =>
        {
            var request = LimitRequestBuilder.ALimitRequest.WithMembers(5).WithRequesterAmongMembers().Under(rules).Build();
            CommitteeDecision? decision = null;

            foreach (var (member, choice, counter) in clicks)
            {
                var version = request.Version;
                var outcome = request.Vote(member, choice, null, counter is { } c ? Money.Eur(c) : null, LimitRequestBuilder.Opened);

                if (outcome is VoteOutcome.AlreadyVoted or VoteOutcome.NotAMember or VoteOutcome.RequesterCannotVote
                    or VoteOutcome.AlreadyClosed)
                {
                    Assert.Equal(version, request.Version);
                }
                else
                {
                    Assert.True(request.Version > version);
                }

                if (decision is not null)
                {
                    Assert.Same(decision, request.Decision);
                    Assert.IsType<VoteOutcome.AlreadyClosed>(outcome);
                }

                decision = request.Decision;
                Assert.True(request.Tally.Cast <= request.EligibleMembers.Count);
                Assert.Equal(request.Votes.Count, request.Votes.Select(vote => vote.Member).Distinct().Count());
            }

            if (request.Decision is { Outcome: DecisionOutcome.Approved } approved)
            {
                var lowest = request.Votes
                    .Where(vote => vote.Choice == VoteChoice.Approve)
                    .Min(vote => (vote.CounterAmount ?? request.RequestedAmount).Amount);
                Assert.Equal(lowest, approved.Amount!.Value.Amount);
            }
        });
    }
}
