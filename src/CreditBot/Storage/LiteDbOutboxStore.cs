using CreditBot.Delivery;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// <see cref="IOutboxStore"/> on LiteDB: one document per message, keyed by the idempotency key (so the
/// key is unique by construction), indexes on status, sequence and last change. Operations made on a
/// thread that has a <see cref="CreditDatabase.InTransaction{T}"/> open join that transaction.
/// </summary>
public sealed class LiteDbOutboxStore : IOutboxStore
{
    /// <summary>Shape of the stored document; bump when it changes and read the old shape too.</summary>
    public const int FormatVersion = 1;

    private const string CollectionName = "outbox";

    private readonly CreditDatabase _database;
    private readonly ILiteCollection<OutboxDocument> _outbox;
    private readonly object _updateGate = new();
    private long _sequence;

    public LiteDbOutboxStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        database.Mapper.Entity<OutboxDocument>().Id(d => d.Key, autoId: false);
        _outbox = database.Collection<OutboxDocument>(CollectionName);
        _outbox.EnsureIndex(d => d.Status);
        _outbox.EnsureIndex(d => d.Sequence);
        _outbox.EnsureIndex(d => d.UpdatedAt);
        _sequence = _outbox.Count() == 0 ? 0 : _outbox.Max(d => d.Sequence);
    }

    public bool Enqueue(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);

        // Checked before inserting: a failed insert would roll back the caller's whole transaction.
        if (_outbox.Exists(d => d.Key == message.Key))
        {
            return false;
        }

        var document = OutboxDocument.From(message with
        {
            Status = OutboxStatus.Pending,
            Sequence = Interlocked.Increment(ref _sequence),
            Version = 1,
        });
        try
        {
            _outbox.Insert(document);
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // Another thread enqueued the same key between the check and the insert (outside a transaction).
            return false;
        }
    }

    public void AfterCommit(Action action) => _database.AfterCommit(action);

    public OutboxMessage? Find(string key) => _outbox.FindById(key)?.ToMessage();

    public IReadOnlyList<OutboxMessage> FindPending(int max) =>
        _outbox.Query()
            .Where(d => d.Status == nameof(OutboxStatus.Pending))
            .OrderBy(d => d.Sequence)
            .Limit(max)
            .ToEnumerable()
            .Select(d => d.ToMessage())
            .ToList();

    public OutboxMessage? TryUpdate(OutboxMessage changed)
    {
        ArgumentNullException.ThrowIfNull(changed);

        // LiteDB serves one process (the file is opened exclusively), so a lock makes check-and-write atomic.
        // Enqueue does not take it: a producer's transaction may hold the collection while it enqueues.
        lock (_updateGate)
        {
            return Save(changed);
        }
    }

    public IReadOnlyList<OutboxMessage?> TryUpdateAll(IReadOnlyList<OutboxMessage> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return [];
        }

        // One transaction, one commit: LiteDB flushes the log to disk at every commit, which bounds how many
        // single updates a second the disk allows (the delivery benchmark saw about 60 under load). The transaction
        // is taken before the gate, in the order a producer's transaction calling TryUpdate takes them. Not for use
        // inside a caller's transaction (the dispatcher, its only user, has none).
        return _database.InTransaction(_ =>
        {
            lock (_updateGate)
            {
                return changes.Select(Save).ToList();
            }
        }, ledgerChanges: false);
    }

    private OutboxMessage? Save(OutboxMessage changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var stored = _outbox.FindById(changed.Key);
        if (stored is null || stored.Version != changed.Version)
        {
            return null;
        }

        var saved = changed with { Version = changed.Version + 1 };
        _outbox.Update(OutboxDocument.From(saved));
        return saved;
    }

    public IReadOnlyList<OutboxMessage> RequeueSending(DateTimeOffset at)
    {
        var requeued = new List<OutboxMessage>();
        foreach (var document in _outbox.Find(d => d.Status == nameof(OutboxStatus.Sending)).ToList())
        {
            var message = document.ToMessage();
            if (TryUpdate(message with { Status = OutboxStatus.Pending, NextAttemptAt = at, UpdatedAt = at }) is { } saved)
            {
                requeued.Add(saved);
            }
        }

        return requeued;
    }

    public IReadOnlyList<OutboxMessage> List(OutboxQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = _outbox.Query();
        if (query.Since is { } since)
        {
            var from = since.UtcDateTime;
            q = q.Where(d => d.UpdatedAt >= from);
        }

        if (query.FailedOnly)
        {
            q = q.Where(Query.In(nameof(OutboxDocument.Status), FailedStatuses));
        }

        return q.OrderByDescending(d => d.UpdatedAt).Limit(query.Max).ToEnumerable().Select(d => d.ToMessage()).ToList();
    }

    public OutboxSummary Summarize(DateTimeOffset? since = null)
    {
        var counts = new Dictionary<OutboxStatus, int>();
        if (since is { } s)
        {
            // Only the recent changes are read (index on the last change), whatever the size of the history.
            foreach (var document in _outbox.Find(Query.GTE(nameof(OutboxDocument.UpdatedAt), s.UtcDateTime)))
            {
                var status = Enum.Parse<OutboxStatus>(document.Status);
                counts[status] = counts.GetValueOrDefault(status) + 1;
            }

            return new OutboxSummary(counts);
        }

        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            var count = _outbox.Count(Query.EQ(nameof(OutboxDocument.Status), status.ToString()));
            if (count > 0)
            {
                counts[status] = count;
            }
        }

        return new OutboxSummary(counts);
    }

    private static readonly BsonValue[] FailedStatuses = Enum.GetValues<OutboxStatus>()
        .Where(s => s is not (OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Sent))
        .Select(s => new BsonValue(s.ToString()))
        .ToArray();

    /// <summary>The stored shape: plain fields, enums as names, UTC dates.</summary>
    public sealed class OutboxDocument
    {
        public string Key { get; set; } = string.Empty;

        public int FormatVersion { get; set; }

        public string RecipientKind { get; set; } = string.Empty;

        public string RecipientId { get; set; } = string.Empty;

        public string Payload { get; set; } = string.Empty;

        public string Status { get; set; } = string.Empty;

        public int Attempts { get; set; }

        public DateTime NextAttemptAt { get; set; }

        public DateTime CreatedAt { get; set; }

        public DateTime UpdatedAt { get; set; }

        public string? ActivityId { get; set; }

        public string? ConversationId { get; set; }

        public string? LastError { get; set; }

        public long Sequence { get; set; }

        public int Version { get; set; }

        /// <summary>The posted-card tag (<see cref="PostedCardTag"/>), flattened; null for a message that never changes.</summary>
        public string? CardKind { get; set; }

        public string? CardSubjectId { get; set; }

        public long CardVersion { get; set; }

        public string? CardCulture { get; set; }

        public List<string>? CardRefreshUserIds { get; set; }

        public static OutboxDocument From(OutboxMessage m) => new()
        {
            Key = m.Key,
            FormatVersion = LiteDbOutboxStore.FormatVersion,
            RecipientKind = m.Recipient.Kind.ToString(),
            RecipientId = m.Recipient.Id,
            Payload = m.Payload,
            Status = m.Status.ToString(),
            Attempts = m.Attempts,
            NextAttemptAt = m.NextAttemptAt.UtcDateTime,
            CreatedAt = m.CreatedAt.UtcDateTime,
            UpdatedAt = m.UpdatedAt.UtcDateTime,
            ActivityId = m.ActivityId,
            ConversationId = m.ConversationId,
            LastError = m.LastError,
            Sequence = m.Sequence,
            Version = m.Version,
            CardKind = m.Card?.Kind,
            CardSubjectId = m.Card?.SubjectId,
            CardVersion = m.Card?.Version ?? 0,
            CardCulture = m.Card?.Culture,
            CardRefreshUserIds = m.Card?.RefreshUserIds is { } users ? [.. users] : null,
        };

        public OutboxMessage ToMessage() => new()
        {
            Key = Key,
            Recipient = new OutboxRecipient(Enum.Parse<RecipientKind>(RecipientKind), RecipientId),
            Payload = Payload,
            Status = Enum.Parse<OutboxStatus>(Status),
            Attempts = Attempts,
            NextAttemptAt = Utc(NextAttemptAt),
            CreatedAt = Utc(CreatedAt),
            UpdatedAt = Utc(UpdatedAt),
            ActivityId = ActivityId,
            ConversationId = ConversationId,
            LastError = LastError,
            Sequence = Sequence,
            Version = Version,
            Card = CardKind is { } kind && CardSubjectId is { } subject
                ? new PostedCardTag(kind, subject, CardVersion, CardCulture, CardRefreshUserIds)
                : null,
        };

        private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    }
}
