namespace CreditBot.Domain.Committee;

/// <summary>
/// What the committee decided: the outcome, the amount granted (null unless approved), the final tally, and
/// whether the chair's casting vote settled a tie.
/// </summary>
public sealed record CommitteeDecision(
    DecisionOutcome Outcome,
    Money? Amount,
    Tally Tally,
    DateTimeOffset DecidedAt,
    ClosingReason Closing,
    bool CastingVoteUsed)
{
    public bool Approved => Outcome == DecisionOutcome.Approved;
}
