namespace CreditBot.Domain.Orders;

/// <summary>How decided orders are checked again after an import.</summary>
/// <param name="RecheckAfterDays">A release older than this many days is checked again when the order is still blocked.</param>
/// <param name="AutoReleaseWhenReady">Release at once an order whose reasons have gone, instead of waiting for an approver.</param>
/// <param name="RemindAfterHours">A request not decided this long after it opened is reminded to its approvers, once.</param>
/// <param name="EscalateAfterHours">Not decided this long after it opened: it goes to the next level (the CFO).</param>
public sealed record OrderBlockPolicy(int RecheckAfterDays = 30, bool AutoReleaseWhenReady = false, int RemindAfterHours = 24, int EscalateAfterHours = 48)
{
    public static OrderBlockPolicy Default { get; } = new();
}
