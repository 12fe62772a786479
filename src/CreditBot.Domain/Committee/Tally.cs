namespace CreditBot.Domain.Committee;

/// <summary>Where the vote stands: counts, how many eligible members remain, whether the quorum is reached.</summary>
public sealed record Tally(
    int Approvals,
    int Rejections,
    int Abstentions,
    int Eligible,
    int Quorum,
    IReadOnlyList<Vote> Votes)
{
    public int Cast => Approvals + Rejections + Abstentions;

    public int Remaining => Eligible - Cast;

    public bool QuorumReached => Cast >= Quorum;

    public static Tally Of(IReadOnlyList<Vote> votes, int eligible, int quorum)
    {
        ArgumentNullException.ThrowIfNull(votes);
        return new Tally(
            votes.Count(vote => vote.Choice == VoteChoice.Approve),
            votes.Count(vote => vote.Choice == VoteChoice.Reject),
            votes.Count(vote => vote.Choice == VoteChoice.Abstain),
            eligible,
            quorum,
            votes);
    }
}
