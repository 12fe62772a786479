namespace CreditBot.Domain.Committee;

/// <summary>The rules a limit request is voted under.</summary>
public sealed record CommitteeRules
{
    public static CommitteeRules Default { get; } = new();

    public DecisionRule Rule { get; init; } = DecisionRule.SimpleMajority;

    /// <summary>Minimum number of votes cast (abstentions included) for a decision; fewer at closing means no quorum.</summary>
    public int Quorum { get; init; } = 1;

    /// <summary>Qualified majority as a fraction: approvals × denominator ≥ numerator × (approvals + rejections).</summary>
    public int QualifiedNumerator { get; init; } = 2;

    public int QualifiedDenominator { get; init; } = 3;

    /// <summary>The chair's member id, when there is one.</summary>
    public string? Chair { get; init; }

    /// <summary>Under simple majority, a tie goes the way the chair voted.</summary>
    public bool ChairHasCastingVote { get; init; }

    /// <summary>Whether a member may change their vote while the request is open (then it closes only when all have voted or at the deadline).</summary>
    public bool AllowVoteChange { get; init; }

    public CounterAmountPolicy CounterAmounts { get; init; } = CounterAmountPolicy.LowestAmongApprovals;
}
