namespace CreditBot.Domain.Orders;

/// <summary>
/// Blocked orders still waiting for someone (pending decision or ready to release) at an instant, read from each
/// block's history so that a past week's end reads as it stood then; the oldest is dated from the opening of its
/// current round (the block, or the recheck that reopened it).
/// </summary>
public sealed record PendingBlocks(DateTimeOffset At, int Count, DateTimeOffset? OldestSince)
{
    /// <summary>How long the oldest had been waiting at <see cref="At"/>; null when none was.</summary>
    public TimeSpan? OldestAge => OldestSince is { } since ? At - since : null;

    /// <summary>The blocks waiting just before <paramref name="at"/>: a change at <paramref name="at"/> itself comes after it.</summary>
    public static PendingBlocks Of(IEnumerable<OrderBlock> blocks, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var count = 0;
        DateTimeOffset? oldest = null;
        foreach (var block in blocks)
        {
            var before = block.History.Where(e => e.At < at).OrderBy(e => e.Version).ToList();
            if (before.Count == 0 || before[^1].State is not (OrderBlockState.PendingDecision or OrderBlockState.ReadyToRelease))
            {
                continue;
            }

            count++;
            var since = before.LastOrDefault(e => e.Kind is OrderBlockEventKind.Opened or OrderBlockEventKind.Reopened)?.At ?? before[0].At;
            oldest = oldest is { } o && o <= since ? o : since;
        }

        return new PendingBlocks(at, count, oldest);
    }
}
