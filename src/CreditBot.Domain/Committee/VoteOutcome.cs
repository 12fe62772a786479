namespace CreditBot.Domain.Committee;

/// <summary>What happened to a vote (or a closing); handlers switch on it. Refusals are answers, not errors.</summary>
public abstract record VoteOutcome
{
    private VoteOutcome()
    {
    }

    /// <summary>The vote is recorded; the request stays open.</summary>
    public sealed record Counted(Tally Tally) : VoteOutcome;

    /// <summary>The member's earlier vote was replaced (only when the rules allow it).</summary>
    public sealed record Changed(Tally Tally, Vote Previous) : VoteOutcome;

    /// <summary>This vote (or closing) settled the request.</summary>
    public sealed record Decided(Tally Tally, CommitteeDecision Decision) : VoteOutcome;

    /// <summary>The member had already voted: a repeated click changes nothing.</summary>
    public sealed record AlreadyVoted(Vote Existing) : VoteOutcome;

    /// <summary>The request is closed (decided or past its deadline).</summary>
    public sealed record AlreadyClosed(CommitteeDecision Decision) : VoteOutcome;

    public sealed record NotAMember(string Member) : VoteOutcome;

    /// <summary>Four eyes: whoever asked for the limit does not vote on it.</summary>
    public sealed record RequesterCannotVote(string Member) : VoteOutcome;

    /// <summary>A counter-amount must be positive and in the request's currency.</summary>
    public sealed record InvalidCounterAmount(Money CounterAmount) : VoteOutcome;
}
