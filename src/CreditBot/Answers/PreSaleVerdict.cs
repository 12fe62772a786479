namespace CreditBot.Answers;

/// <summary>The answer to "can I sell this?", worst first.</summary>
public enum PreSaleVerdict
{
    /// <summary>Nothing would hold the order and the terms are legal.</summary>
    Ok,

    /// <summary>The terms go beyond the legal cap; credit-wise the order would pass.</summary>
    TermsBeyondLegalCap,

    /// <summary>
    /// The order would wait for a credit manager's approval: above the limit, limit review overdue, or a line that has
    /// not started yet.
    /// </summary>
    NeedsApproval,

    /// <summary>
    /// The order would be blocked by something approval alone does not clear: overdue beyond tolerance, no credit
    /// line (or a limit of zero), a manual block.
    /// </summary>
    WouldBlock,
}
