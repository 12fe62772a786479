using Microsoft.Extensions.Options;

namespace CreditBot.Digests;

/// <summary>
/// Sends the digests on their schedules (STYLE.md flow 3). At start, and each time it wakes, it makes the runs of the
/// current business day whose time has come: a run missed while the service was down is caught up the same day,
/// never on a later one, and a run already claimed is not made again (<see cref="DigestRunner"/>). Waiting uses the
/// injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class DigestScheduler(
    DigestRunner runner,
    DigestSchedules schedules,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await RunDueAsync("catch-up", [], stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var upcoming = schedules.All.Select(s => s.Next(now)).OfType<DigestOccurrence>().ToList();
            if (upcoming.Count == 0)
            {
                return;
            }

            var at = upcoming.Min(o => o.At);
            var next = upcoming.Where(o => o.At == at).ToList();
            foreach (var occurrence in next)
            {
                logger.DigestScheduled(occurrence.Kind, occurrence.BusinessDate, occurrence.At);
            }

            await Task.Delay(at - now, time, stoppingToken);
            await RunDueAsync("schedule", next, stoppingToken);
        }
    }

    private async Task RunDueAsync(string trigger, IReadOnlyList<DigestOccurrence> awaited, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = schedules.All.Select(s => s.DueOn(now)).OfType<DigestOccurrence>().ToList();
        foreach (var missed in awaited.Where(a => !due.Contains(a)))
        {
            // Woke after the end of the awaited business day (a suspended machine): that digest is no longer news.
            logger.DigestDayOver(missed.Kind, missed.BusinessDate, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, schedules.Zone).DateTime));
        }

        foreach (var occurrence in due)
        {
            try
            {
                await runner.RunAsync(occurrence.Kind, occurrence.BusinessDate, trigger, cancellationToken);
            }
#pragma warning disable CA1031 // One failed digest must not stop the other, nor tomorrow's; the failure is logged.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.DigestFailed(exception, occurrence.Kind, occurrence.BusinessDate);
            }
        }
    }
}
