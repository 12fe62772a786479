using CreditBot.Domain.Orders;
using Microsoft.Extensions.Options;

namespace CreditBot.OrderBlocks;

/// <summary>
/// Chases requests nobody decided, with or without an import: <see cref="OrderBlockOptions.RemindAfterHours"/> after
/// a request opened its approvers are reminded, once; <see cref="OrderBlockOptions.EscalateAfterHours"/> after, it goes
/// to the CFO. Runs every minute on the injected clock, through <see cref="OrderBlockUpdates"/> as the import does:
/// the change is versioned and its messages have idempotency keys, so a pass repeated by a restart, or racing an
/// import, sends nothing twice.
/// </summary>
public sealed class OrderBlockReminders(
    IOrderBlockStore blocks,
    OrderBlockUpdates updates,
    IOptions<OrderBlockOptions> options,
    TimeProvider time,
    ILogger<OrderBlockReminders> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    /// <summary>One pass at <paramref name="now"/>: the blocks it reminded or escalated, as saved.</summary>
    public async Task<IReadOnlyList<OrderBlock>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = updates.Chased(blocks.Open(), now);
        var saved = await updates.SaveAsync(due, "chase", int.MaxValue, cancellationToken);
        if (saved.Count > 0)
        {
            var reminded = saved.Count(c => c.After.History[^1].Kind == OrderBlockEventKind.Reminded);
            logger.Chased(reminded, saved.Count - reminded);
        }

        return [.. saved.Select(c => c.After)];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Read when the host runs, not when services are registered: settings added late (tests) count too.
        if (!options.Value.RunReminderJob)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.ChaseFailed(exception);
            }

            try
            {
                await Task.Delay(Period, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
