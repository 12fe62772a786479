using CreditBot.Delivery;
using CreditBot.Storage;

namespace CreditBot.Digests;

/// <summary>
/// After a run: who got the digest, who could not be reached and why, read from the outbox outcomes of the run's
/// messages (<c>digest:&lt;kind&gt;:&lt;date&gt;:&lt;recipient&gt;</c>).
/// </summary>
public sealed class DigestDeliveryReport(DigestRunStore runs, IOutboxStore outbox)
{
    /// <summary>One line per recipient of the run; null when no run of that kind and date was made.</summary>
    public IReadOnlyList<Line>? Of(DigestKind kind, DateOnly businessDate)
    {
        if (runs.Find(kind, businessDate) is not { } run)
        {
            return null;
        }

        return [.. run.Recipients.Select(recipient => outbox.Find(kind.MessageKey(businessDate, recipient)) is { } message
            ? new Line(recipient, message.Status, message.Attempts, message.LastError, message.UpdatedAt)
            : new Line(recipient, null, 0, "not in the outbox", null))];
    }

    /// <summary>One recipient's outcome; <see cref="Status"/> is null when the message is missing from the outbox.</summary>
    public sealed record Line(string Recipient, OutboxStatus? Status, int Attempts, string? LastError, DateTimeOffset? UpdatedAt)
    {
        public bool Delivered => Status == OutboxStatus.Sent;

        public bool Unreachable => Status is null || (Status is not (OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Sent));
    }
}
