namespace CreditBot.Domain.Orders;

/// <summary>What an approver did with a blocked order.</summary>
public enum OrderDecisionKind
{
    Release,
    ReleaseWithConditions,
    Reject,

    /// <summary>Handed to another approver: the order stays pending.</summary>
    Forward,
}
