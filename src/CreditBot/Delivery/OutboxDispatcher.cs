using System.Collections.Concurrent;
using System.Text.Json;
using CreditBot.BotFramework;
using Microsoft.Extensions.Options;

namespace CreditBot.Delivery;

/// <summary>
/// Delivers the outbox (STYLE.md flow 4). One loop decides what may go now: per lane (a recipient) one
/// message at a time in enqueue order, paced at Teams' per-conversation limits (conformance §2.4), all of
/// it under the tenant's limit and paused for the whole tenant after a 429. Sends run concurrently, no more
/// of them than the tenant's rate needs for the time a send takes (<see cref="SendConcurrency"/>).
/// Each attempt is claim (status sending, version-checked), send, record: a crash between the send and
/// the record is the only way a message goes twice, and the restart counts such messages. Claims and records of
/// the sends in flight share commits (<see cref="OutboxWriter"/>); a send counts in the pacing windows from its
/// answer (<see cref="WindowedRateLimiter.TryHold"/>).
/// </summary>
public sealed class OutboxDispatcher : BackgroundService
{
    /// <summary>Teams' documented limits for sends to one conversation (conformance §2.4).</summary>
    public static readonly RateWindow[] ConversationLimits =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    private static readonly Comparer<OutboxMessage> BySequence = Comparer<OutboxMessage>.Create((a, b) => a.Sequence.CompareTo(b.Sequence));

    private readonly IOutboxStore _store;
    private readonly OutboxWriter _writer;
    private readonly OutboxSignal _signal;
    private readonly RecipientResolver _resolver;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly DeliveryOptions _options;
    private readonly DeliveryMetrics _metrics;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly WindowedRateLimiter _tenant;
    private readonly SendConcurrency _concurrency;
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Completion> _completions = new();
    private readonly OutboxSignal _completed = new();
    private readonly HashSet<Task> _sends = [];
    private readonly object _pauseGate = new();
    private readonly object _idleGate = new();
    private readonly List<(long After, bool IdleOnly, TaskCompletionSource<IdleState> Waiter)> _idleWaiters = [];
    private DateTimeOffset _pausedUntil;
    private long _iterations;
    private IdleState? _idle;
    private long _idleGeneration;
    private int _peakInFlight;

    public OutboxDispatcher(
        IOutboxStore store,
        OutboxSignal signal,
        RecipientResolver resolver,
        IServiceProvider services,
        TimeProvider time,
        IOptions<DeliveryOptions> options,
        DeliveryMetrics metrics,
        ILogger<OutboxDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _writer = new OutboxWriter(store);
        _signal = signal;
        _resolver = resolver;
        _services = services;
        _time = time;
        _options = options.Value;
        _metrics = metrics;
        _logger = logger;
        _tenant = new WindowedRateLimiter(time, new RateWindow(_options.TenantRequestsPerSecond, TimeSpan.FromSeconds(1) + _options.PacingMargin));
        _concurrency = new SendConcurrency(_options.TenantRequestsPerSecond, _options.MaxConcurrentSends);
    }

    /// <summary>The most sends that were in flight at once since the start.</summary>
    internal int PeakInFlight => Volatile.Read(ref _peakInFlight);

    /// <summary>
    /// Completes when the dispatcher, with nothing in flight, waits for the clock (later than generation
    /// <paramref name="after"/>): a test with a fake clock then moves it to <see cref="IdleState.WakeAt"/>.
    /// </summary>
    public Task<IdleState> WhenIdleAsync(long after = 0) => WhenWaiting(after, idleOnly: true);

    /// <summary>
    /// As <see cref="WhenIdleAsync"/>, also while sends are in flight (<see cref="IdleState.InFlight"/>): a test whose
    /// Connector answers on the fake clock moves it once they all wait for it.
    /// </summary>
    public Task<IdleState> WhenWaitingAsync(long after = 0) => WhenWaiting(after, idleOnly: false);

    private Task<IdleState> WhenWaiting(long after, bool idleOnly)
    {
        lock (_idleGate)
        {
            // An enqueue since the loop went idle has woken it already: that idle state is over.
            if (_idle is { } idle && idle.Generation > after && (!idleOnly || idle.InFlight == 0) && !_signal.WhenNotified().IsCompleted)
            {
                return Task.FromResult(idle);
            }

            var waiter = new TaskCompletionSource<IdleState>(TaskCreationOptions.RunContinuationsAsynchronously);
            _idleWaiters.Add((after, idleOnly, waiter));
            return waiter.Task;
        }
    }

    /// <summary>For a test that waited in vain: what the loop holds.</summary>
    internal string Describe() => $"lanes {_lanes.Count}, busy {_lanes.Values.Count(l => l.Busy)}, queued {_lanes.Values.Sum(l => l.Queue.Count)}, paused until {_pausedUntil:O}, completions {_completions.Count}, concurrency {_concurrency.Target} (send time {_concurrency.Average?.TotalMilliseconds:F1} ms), iterations {Interlocked.Read(ref _iterations)}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first: the host's start must not wait for the store.
        await Task.Yield();
        var resumed = _store.RequeueSending(_time.GetUtcNow());
        if (resumed.Count > 0)
        {
            _logger.ResumedInFlight(resumed.Count);
            _metrics.Resumed(resumed.Count);
        }

        var reload = true;
        var lastRead = _time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _iterations);
            var now = _time.GetUtcNow();
            if (reload || now - lastRead >= _options.PollInterval)
            {
                _signal.Reset();
                Load();
                reload = false;
                lastRead = now;
            }

            _completed.Reset();
            while (_completions.TryDequeue(out var completion))
            {
                reload |= Apply(completion);
            }

            var wakeAt = StartDue(now);
            var pollAt = lastRead + _options.PollInterval;
            if (wakeAt is null || pollAt < wakeAt)
            {
                wakeAt = pollAt;
            }

            if (reload)
            {
                continue;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            // Whole milliseconds, rounded up: Task.Delay completes at once below one, and the loop would spin.
            var delay = wakeAt.Value > now ? TimeSpan.FromMilliseconds(Math.Ceiling((wakeAt.Value - now).TotalMilliseconds)) : TimeSpan.Zero;
            wakeAt = now + delay;
            var timer = Task.Delay(delay, _time, wait.Token);
            var notified = _signal.WhenNotified();
            var completed = _completed.WhenNotified();
            if (!timer.IsCompleted && !notified.IsCompleted && !completed.IsCompleted)
            {
                ReportIdle(wakeAt.Value, _sends.Count);
            }

            await Task.WhenAny(timer, notified, completed);
            ClearIdle();
            await wait.CancelAsync();
            reload = notified.IsCompleted;
        }

        // Sends in flight finish (each is bounded by the Connector timeout) so that they are recorded.
        await Task.WhenAll(_sends.ToArray());
    }

    // Reads the pending messages not held yet (beyond MaxLoaded, the rest come at a later read).
    private void Load()
    {
        var pending = _store.FindPending(_options.MaxLoaded);
        foreach (var message in pending)
        {
            if (_loaded.Add(message.Key))
            {
                LaneOf(message.Recipient).Queue.Add(message);
            }
        }
    }

    private Lane LaneOf(OutboxRecipient recipient)
    {
        var key = recipient.Lane;
        if (!_lanes.TryGetValue(key, out var lane))
        {
            // A webhook is not Teams: its own pace, and no share of the tenant's.
            lane = recipient.ThroughTeams
                ? new Lane(key, new WindowedRateLimiter(_time, [.. ConversationLimits.Select(w => w with { Length = w.Length + _options.PacingMargin })]), teams: true)
                : new Lane(key, new WindowedRateLimiter(_time, new RateWindow(_options.WebhookPerSecond, TimeSpan.FromSeconds(1))), teams: false);
            _lanes.Add(key, lane);
        }

        return lane;
    }

    // Starts every send allowed now; returns when the next one could start (null: nothing waits on the clock).
    private DateTimeOffset? StartDue(DateTimeOffset now)
    {
        DateTimeOffset? earliest = null;
        lock (_pauseGate)
        {
            if (now < _pausedUntil)
            {
                return _pausedUntil;
            }
        }

        List<Lane>? idle = null;
        foreach (var lane in _lanes.Values.Where(l => !l.Busy && l.Queue.Count > 0).OrderBy(l => l.Queue.Min!.Sequence))
        {
            // No more in flight than the rate needs (each is a message a crash would send twice); an answer wakes the loop.
            if (_sends.Count >= _concurrency.Target)
            {
                break;
            }

            var head = lane.Queue.Min!;
            if (head.NextAttemptAt > now)
            {
                earliest = Earliest(earliest, head.NextAttemptAt);
                continue;
            }

            var laneWait = lane.Pacer.TimeUntilAvailable();
            if (laneWait > TimeSpan.Zero)
            {
                earliest = Earliest(earliest, now, laneWait);
                continue;
            }

            var tenantWait = lane.Teams ? _tenant.TimeUntilAvailable() : TimeSpan.Zero;
            if (tenantWait > TimeSpan.Zero)
            {
                // MaxValue: the tenant's window is full of sends in flight; the first answer wakes the loop.
                earliest = Earliest(earliest, now, tenantWait);
                break;
            }

            // Both had room a moment ago and only this loop takes permits. Each is settled at the send's answer
            // (DeliverAsync), so a window counts it from when Teams has surely counted it, however late it arrived.
            if (!lane.Pacer.TryHold() || (lane.Teams && !_tenant.TryHold()))
            {
                throw new InvalidOperationException("A pacer had room and then none.");
            }

            lane.Queue.Remove(head);
            lane.Busy = true;
            lane.StartedAt = _time.GetTimestamp();
            lane.Send = Task.Run(() => DeliverAsync(lane, head));
            _sends.Add(lane.Send);
            _metrics.Started();
            if (_sends.Count > _peakInFlight)
            {
                Volatile.Write(ref _peakInFlight, _sends.Count);
            }
        }

        // Lanes without messages whose pacing history has aged out hold nothing worth keeping.
        foreach (var lane in _lanes.Values)
        {
            if (!lane.Busy && lane.Queue.Count == 0 && lane.Pacer.IdleDuration > TimeSpan.FromHours(1) + _options.PacingMargin)
            {
                (idle ??= []).Add(lane);
            }
        }

        foreach (var lane in idle ?? [])
        {
            _lanes.Remove(lane.Key);
            lane.Pacer.Dispose();
        }

        return earliest;
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset now, TimeSpan wait) =>
        wait == TimeSpan.MaxValue ? a : Earliest(a, now + wait);

    // Back in the loop: the lane is free again; a message to retry goes back to the head of its lane.
    private bool Apply(Completion completion)
    {
        _sends.Remove(completion.Lane.Send);
        completion.Lane.Busy = false;
        _metrics.Finished();
        if (completion.Saved is { Status: OutboxStatus.Sent })
        {
            // From the loop's start of the send to the loop's sight of its record: the time it held its place.
            _concurrency.Observe(_time.GetElapsedTime(completion.Lane.StartedAt));
        }

        if (completion.Saved is { Status: OutboxStatus.Pending } retry)
        {
            completion.Lane.Queue.Add(retry);
            return false;
        }

        _loaded.Remove(completion.Key);

        // Someone else changed the message: read the outbox again rather than guess.
        return completion.Saved is null;
    }

    private async Task DeliverAsync(Lane lane, OutboxMessage message)
    {
        OutboxMessage? saved = null;
        var settled = false;
        long answeredAt = 0;

        // Answered (or never sent): from now on the send ages in the pacing windows; the record need not be written yet.
        void Settle()
        {
            if (!settled)
            {
                settled = true;
                answeredAt = _time.GetTimestamp();
                lane.Pacer.Settle();
                if (lane.Teams)
                {
                    _tenant.Settle();
                }
            }
        }

        try
        {
            var claimed = await _writer.TryUpdateAsync(message.Sending(_time.GetUtcNow()));
            if (claimed is not null)
            {
                AttemptResult result;
                try
                {
                    result = await AttemptAsync(claimed);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    _logger.DeliveryCrashed(e, claimed.Key);
                    result = new AttemptResult.Retry(e.GetType().Name, null, Throttled: false);
                }

                Settle();
                saved = await RecordAsync(claimed, result, answeredAt);
            }
        }
        finally
        {
            Settle();
            _completions.Enqueue(new Completion(lane, message.Key, saved));
            _completed.Notify();
        }
    }

    // A card that changes later (approval, vote) is registered once sent, so that every later update reaches this copy.
    // A crash between the record above and this line leaves the copy unregistered: it then keeps what it showed.
    private void RegisterCard(OutboxMessage message, AttemptResult.Delivered delivered, DateTimeOffset now)
    {
        if (message.Card is not { } card || string.IsNullOrEmpty(delivered.ActivityId)
            || _services.GetService<PostedCards.PostedCardUpdater>() is not { } updater)
        {
            return;
        }

        updater.Register(new PostedCards.PostedCard
        {
            Conversation = delivered.Reference,
            ActivityId = delivered.ActivityId,
            Kind = card.Kind,
            SubjectId = card.SubjectId,
            Version = card.Version,
            RecipientObjectId = message.Recipient.Kind == RecipientKind.Person ? message.Recipient.Id : null,
            Culture = card.Culture,
            RefreshUserIds = card.RefreshUserIds ?? [],
            PostedAt = now,
        });
    }

    private async Task<AttemptResult> AttemptAsync(OutboxMessage message)
    {
        if (message.Recipient.Kind == RecipientKind.Webhook)
        {
            return await _services.GetRequiredService<Webhooks.WebhookSender>().SendAsync(message, CancellationToken.None);
        }

        var connector = _services.GetRequiredKeyedService<ConnectorClient>(ConnectorClient.SingleAttempt);
        try
        {
            var resolution = await _resolver.ResolveAsync(message.Recipient, connector, CancellationToken.None);
            if (resolution is Resolution.Failed failed)
            {
                return failed.Result;
            }

            var reference = ((Resolution.Reached)resolution).Reference;
            var activity = JsonSerializer.Deserialize(message.Payload, BotJsonContext.Default.Activity)
                ?? throw new JsonException("The payload is not an activity.");
            var outcome = await connector.SendAsync(reference, activity, CancellationToken.None);
            return outcome switch
            {
                ConnectorOutcome<ResourceResponse>.Succeeded sent => new AttemptResult.Delivered(sent.Value.Id, reference),
                ConnectorOutcome<ResourceResponse>.BlockedByUser blocked => new AttemptResult.Terminal(OutboxStatus.BlockedByUser, AttemptResult.Describe(blocked.Error)),
                ConnectorOutcome<ResourceResponse>.NotInConversation refused => new AttemptResult.Terminal(OutboxStatus.NotInstalled, AttemptResult.Describe(refused.Error)),
                ConnectorOutcome<ResourceResponse>.NotFound gone => new AttemptResult.Terminal(OutboxStatus.ConversationGone, AttemptResult.Describe(gone.Error)),
                _ => throw new InvalidOperationException("Unknown connector outcome."),
            };
        }
        catch (ConnectorException e) when (e.Error is { } error)
        {
            return AttemptResult.Of(error);
        }
        catch (UntrustedServiceUrlException)
        {
            return new AttemptResult.Terminal(OutboxStatus.Rejected, "untrusted serviceUrl");
        }
        catch (JsonException)
        {
            return new AttemptResult.Terminal(OutboxStatus.Rejected, "payload is not an activity");
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or OperationCanceledException or Polly.ExecutionRejectedException)
        {
            // No answer (network, timeout): the message may or may not have arrived; sending again is the lesser harm.
            return new AttemptResult.Retry(e.GetType().Name, null, Throttled: false);
        }
    }

    private async Task<OutboxMessage?> RecordAsync(OutboxMessage claimed, AttemptResult result, long answeredAt)
    {
        var now = _time.GetUtcNow();
        var latency = (long)(now - claimed.CreatedAt).TotalMilliseconds;
        switch (result)
        {
            case AttemptResult.Delivered delivered:
                var sent = await _writer.TryUpdateAsync(claimed.Sent(delivered.ActivityId, delivered.ConversationId, now));
                _metrics.Recorded(_time.GetElapsedTime(answeredAt));
                RegisterCard(claimed, delivered, now);
                _metrics.Sent();
                _logger.Delivered(claimed.Key, OutboxStatus.Sent, claimed.Attempts, latency);
                return sent;
            case AttemptResult.Acknowledged:
                _metrics.Sent();
                _logger.Delivered(claimed.Key, OutboxStatus.Sent, claimed.Attempts, latency);
                return await _writer.TryUpdateAsync(claimed.Sent(null, null, now));
            case AttemptResult.Terminal terminal:
                return await FailAsync(claimed, terminal.Status, terminal.Error, now, latency);
            case AttemptResult.Retry { Throttled: true } throttled:
                var pause = throttled.After ?? _options.ThrottledDelay;
                DateTimeOffset until;
                lock (_pauseGate)
                {
                    until = _pausedUntil = now + pause > _pausedUntil ? now + pause : _pausedUntil;
                }

                _metrics.Throttled();
                _logger.TenantThrottled((long)pause.TotalMilliseconds);

                // A 429 says nothing about the message: it does not count as one of its attempts.
                return await _writer.TryUpdateAsync(claimed.RetryAt(until, throttled.Error, now) with { Attempts = claimed.Attempts - 1 });
            case AttemptResult.Waiting waiting when now - claimed.CreatedAt >= _options.MaxWaitForAddress:
                return await FailAsync(claimed, OutboxStatus.GaveUp, waiting.Reason, now, latency);
            case AttemptResult.Waiting waiting:
                // Nothing was sent, so it is not an attempt; the message is looked at again later.
                _logger.DeliveryRetry(claimed.Key, claimed.Attempts - 1, waiting.Reason, (long)waiting.After.TotalMilliseconds);
                return await _writer.TryUpdateAsync(claimed.RetryAt(now + waiting.After, waiting.Reason, now) with { Attempts = claimed.Attempts - 1 });
            case AttemptResult.Retry retry when claimed.Recipient.Kind == RecipientKind.Webhook
                ? now - claimed.CreatedAt >= _options.WebhookRetryFor
                : claimed.Attempts >= _options.MaxAttempts:
                return await FailAsync(claimed, OutboxStatus.GaveUp, retry.Error, now, latency);
            case AttemptResult.Retry retry:
                var delay = retry.After ?? Backoff(claimed.Attempts);
                _metrics.Retried();
                _logger.DeliveryRetry(claimed.Key, claimed.Attempts, retry.Error, (long)delay.TotalMilliseconds);
                return await _writer.TryUpdateAsync(claimed.RetryAt(now + delay, retry.Error, now));
            default:
                throw new InvalidOperationException("Unknown attempt result.");
        }
    }

    private async Task<OutboxMessage?> FailAsync(OutboxMessage claimed, OutboxStatus status, string error, DateTimeOffset now, long latency)
    {
        var saved = await _writer.TryUpdateAsync(claimed.Failed(status, error, now));
        _metrics.Failed(status);
        _logger.DeliveryFailed(claimed.Key, status, error, claimed.Attempts, latency);
        return saved;
    }

    // Exponential from the first delay, capped, with jitter: half fixed, half random, so retries of a storm spread out.
    private TimeSpan Backoff(int attempts)
    {
        var exponential = _options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        var capped = Math.Min(exponential, _options.MaxRetryDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
#pragma warning restore CA5394
    }

    private void ReportIdle(DateTimeOffset wakeAt, int inFlight)
    {
        lock (_idleGate)
        {
            var idle = new IdleState(++_idleGeneration, wakeAt, inFlight);
            _idle = idle;
            for (var i = _idleWaiters.Count - 1; i >= 0; i--)
            {
                if (_idleWaiters[i].After < idle.Generation && (!_idleWaiters[i].IdleOnly || inFlight == 0))
                {
                    _idleWaiters[i].Waiter.TrySetResult(idle);
                    _idleWaiters.RemoveAt(i);
                }
            }
        }
    }

    private void ClearIdle()
    {
        lock (_idleGate)
        {
            _idle = null;
        }
    }

    public override void Dispose()
    {
        _tenant.Dispose();
        foreach (var lane in _lanes.Values)
        {
            lane.Pacer.Dispose();
        }

        base.Dispose();
    }

    private sealed class Lane(string key, WindowedRateLimiter pacer, bool teams)
    {
        /// <summary>Counts in the tenant's Teams limit (not a webhook).</summary>
        public bool Teams { get; } = teams;

        public string Key { get; } = key;

        public WindowedRateLimiter Pacer { get; } = pacer;

        public SortedSet<OutboxMessage> Queue { get; } = new(BySequence);

        public bool Busy { get; set; }

        /// <summary>When the lane's send in flight started (<see cref="TimeProvider.GetTimestamp"/>).</summary>
        public long StartedAt { get; set; }

        /// <summary>The lane's send in flight (one at a time keeps the order).</summary>
        public Task Send { get; set; } = Task.CompletedTask;
    }

    private sealed record Completion(Lane Lane, string Key, OutboxMessage? Saved);
}

/// <summary>The dispatcher waits for the clock until <see cref="WakeAt"/>, or for one of <see cref="InFlight"/> sends to end.</summary>
public readonly record struct IdleState(long Generation, DateTimeOffset WakeAt, int InFlight = 0);
