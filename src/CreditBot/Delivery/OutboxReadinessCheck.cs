using System.Globalization;
using CreditBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CreditBot.Delivery;

/// <summary>
/// The outbox in the readiness details, for administrators: messages waiting and in flight now, sent in the last
/// 24 hours, and terminal failures of the last 24 hours by outcome (the list: <c>creditbot deliveries --failed
/// --since</c>). Always healthy: a refused message is the recipient's state, not the bot's; the store check says
/// whether the store reads.
/// </summary>
internal sealed class OutboxReadinessCheck(IOutboxStore store, TimeProvider time, IOptions<DeliveryOptions> options) : IHealthCheck
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(24);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var current = store.Summarize();
        var recent = store.Summarize(now - Period);
        var failures = recent.Counts.Where(c => c.Key is not (OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Sent) && c.Value > 0)
            .OrderBy(c => c.Key)
            .ToList();
        var data = new Dictionary<string, object>
        {
            ["pending"] = current.Count(OutboxStatus.Pending),
            ["sending"] = current.Count(OutboxStatus.Sending),
            ["sent24h"] = recent.Count(OutboxStatus.Sent),
            ["failed24h"] = failures.ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal),
            ["failedTotal"] = current.Failed,
            ["asOf"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["dispatcher"] = options.Value.Enabled ? "on" : "off",
        };
        var failed = failures.Count == 0
            ? "none"
            : string.Join(", ", failures.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Outbox as of {now:yyyy-MM-dd HH:mm}Z: pending {current.Count(OutboxStatus.Pending)}, sending {current.Count(OutboxStatus.Sending)}; in the last 24 h sent {recent.Count(OutboxStatus.Sent)}, terminal failures: {failed} (creditbot deliveries --failed --since DATE lists them).");
        return Task.FromResult(HealthCheckResult.Healthy(line, data));
    }

    /// <summary>Registered with the store's readiness check (tag <see cref="StoreAdminEndpoints.ReadyTag"/>).</summary>
    public static void Register(IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<OutboxReadinessCheck>("outbox", tags: [StoreAdminEndpoints.ReadyTag]);
}
