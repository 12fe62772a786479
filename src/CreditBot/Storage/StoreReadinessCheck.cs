using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditBot.Storage;

/// <summary>
/// Ready when the store opens and reads: the data file checked from disk page by page and a read through the
/// engine (<see cref="CreditDatabase.Probe"/>). Damage found while running makes it unhealthy (503). A store with
/// no ledger yet is degraded (still 200): the bot runs but has nothing to tell.
/// </summary>
internal sealed class StoreReadinessCheck(CreditDatabase database, LedgerStore ledger, ILogger<StoreReadinessCheck> logger) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["file"] = Path.GetFileName(database.FullPath),
            ["bytes"] = File.Exists(database.FullPath) ? new FileInfo(database.FullPath).Length : 0L,
        };
        if (database.Probe() is { } problem)
        {
            logger.StoreDamagedWhileRunning(database.FullPath, problem);
            return Task.FromResult(HealthCheckResult.Unhealthy($"The store is damaged ({problem}): restore it from a backup (creditbot restore).", data: data));
        }

        var empty = ledger.IsEmpty;
        data["ledger"] = empty ? "none" : "imported";
        return Task.FromResult(empty
            ? HealthCheckResult.Degraded("The store reads but holds no ledger yet: import one (POST /api/imports/{source}).", data: data)
            : HealthCheckResult.Healthy("The store reads.", data));
    }
}
