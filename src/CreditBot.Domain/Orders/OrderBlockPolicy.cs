namespace CreditBot.Domain.Orders;

/// <summary>How decided orders are checked again after an import.</summary>
/// <param name="RecheckAfterDays">A release older than this many days is checked again when the order is still blocked.</param>
/// <param name="AutoReleaseWhenReady">Release at once an order whose reasons have gone, instead of waiting for an approver.</param>
public sealed record OrderBlockPolicy(int RecheckAfterDays = 30, bool AutoReleaseWhenReady = false)
{
    public static OrderBlockPolicy Default { get; } = new();
}
