using System.Diagnostics;
using CreditBot.Delivery;
using CreditBot.Storage;

namespace CreditBot.Digests;

/// <summary>
/// Makes one digest run exactly once (STYLE.md flow 3): composes every recipient's card, then in one store transaction
/// claims the run under (kind, business date) and enqueues one outbox message per recipient under
/// <c>digest:&lt;kind&gt;:&lt;date&gt;:&lt;object id&gt;</c>. A process killed before the commit left nothing (the run is
/// made again at the next start, the same day); killed after it, the outbox delivers the rest, each message once.
/// </summary>
public sealed class DigestRunner(
    CreditDatabase database,
    DigestRunStore runs,
    IEnumerable<IDigestComposer> composers,
    Outbox outbox,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
    public async Task<DigestRunOutcome> RunAsync(DigestKind kind, DateOnly businessDate, string trigger, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);

        // Composing costs a pass over the ledger: skipped when the run is known (the claim below decides anyway).
        if (runs.Find(kind, businessDate) is { } existing)
        {
            logger.DigestAlreadyRun(kind, businessDate, trigger);
            return new DigestRunOutcome.AlreadyRun(existing);
        }

        var watch = Stopwatch.StartNew();
        var composed = await ComposeAsync(kind, businessDate, null, cancellationToken);
        var run = new DigestRun
        {
            Id = DigestRun.IdOf(kind, businessDate),
            Kind = kind,
            BusinessDate = businessDate,
            Trigger = trigger,
            ClaimedAtUtc = time.GetUtcNow().UtcDateTime,
            Recipients = [.. composed.Messages.Select(m => m.ObjectId).Distinct(StringComparer.OrdinalIgnoreCase)],
            DataImportedAtUtc = composed.DataImportedAtUtc,
            DataAsOf = composed.DataAsOf,
            Stale = composed.Stale,
            Figures = [.. composed.Figures],
        };

        // No await inside: a LiteDB transaction belongs to its thread.
        var claimed = database.InTransaction(_ =>
        {
            if (!runs.TryClaim(run))
            {
                return false;
            }

            foreach (var message in composed.Messages)
            {
                outbox.Enqueue(message.Key, OutboxRecipient.Person(message.ObjectId), message.ToActivity());
            }

            return true;
        });

        if (!claimed)
        {
            logger.DigestAlreadyRun(kind, businessDate, trigger);
            return new DigestRunOutcome.AlreadyRun(runs.Find(kind, businessDate)!);
        }

        outbox.Wake();
        logger.DigestClaimed(kind, businessDate, trigger, composed.Messages.Count, composed.Stale, watch.ElapsedMilliseconds);
        return new DigestRunOutcome.Claimed(run, composed.Messages.Count);
    }

    /// <summary>What a run would send, without claiming or enqueuing anything.</summary>
    public Task<ComposedDigest> ComposeAsync(DigestKind kind, DateOnly businessDate, string? onlyFor, CancellationToken cancellationToken) =>
        composers.FirstOrDefault(c => c.Kind == kind) is { } composer
            ? composer.ComposeAsync(businessDate, onlyFor, cancellationToken)
            : throw new InvalidOperationException($"No composer is registered for the {kind.Key()} digest.");
}
