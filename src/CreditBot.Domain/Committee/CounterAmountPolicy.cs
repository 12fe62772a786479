namespace CreditBot.Domain.Committee;

/// <summary>Which amount an approval grants when members counter-propose amounts.</summary>
public enum CounterAmountPolicy
{
    /// <summary>The lowest amount among approvals (an approval without a counter-amount approves the request).</summary>
    LowestAmongApprovals,

    /// <summary>The lower median of the approvals' amounts.</summary>
    MedianAmongApprovals,

    /// <summary>Counter-amounts are recorded but the requested amount is granted.</summary>
    RequestedAmount,
}
