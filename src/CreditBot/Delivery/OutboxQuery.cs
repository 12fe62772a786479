namespace CreditBot.Delivery;

/// <summary>What an administrator lists: terminal failures only, changes since a time, at most so many rows.</summary>
public sealed record OutboxQuery(bool FailedOnly = false, DateTimeOffset? Since = null, int Max = 1000);

/// <summary>How many messages are in each status (changed since a time, if given).</summary>
public sealed record OutboxSummary(IReadOnlyDictionary<OutboxStatus, int> Counts)
{
    public int Count(OutboxStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;

    public int Failed => Counts.Where(c => c.Key is not (OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Sent)).Sum(c => c.Value);

    /// <summary>One line for readiness details and the command line: <c>sent 12, pending 3, failed 1</c>.</summary>
    public string ToLine() => FormattableString.Invariant(
        $"sent {Count(OutboxStatus.Sent)}, pending {Count(OutboxStatus.Pending) + Count(OutboxStatus.Sending)}, failed {Failed}");
}
