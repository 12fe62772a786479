namespace CreditBot.Domain.Orders;

/// <summary>Where a blocked order stands. Only <see cref="PendingDecision"/> and <see cref="ReadyToRelease"/> wait for someone.</summary>
public enum OrderBlockState
{
    /// <summary>Blocked, waiting for an approver.</summary>
    PendingDecision,

    /// <summary>The reasons have gone (a payment arrived, the limit was raised): an approver may release it at once.</summary>
    ReadyToRelease,

    Released,

    /// <summary>Released on conditions (against prepayment, partly, with a shorter term).</summary>
    ReleasedWithConditions,

    Rejected,

    /// <summary>The order left the order book (invoiced or cancelled) before anyone decided.</summary>
    Expired,
}
