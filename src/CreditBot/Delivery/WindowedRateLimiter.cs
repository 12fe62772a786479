using System.Threading.RateLimiting;

namespace CreditBot.Delivery;

/// <summary>
/// A <see cref="RateLimiter"/> that allows a request only when every window has room (Teams counts 7 per
/// 1 s, 8 per 2 s, 60 per 30 s and 1 800 per hour on one conversation at once). It keeps the exact times of
/// the requests of the longest window (a sliding log), so the count is exact at every instant, and reads
/// them from a <see cref="TimeProvider"/>: the BCL's window limiters run on the Stopwatch, which a test's
/// fake clock cannot move.
/// A request whose arrival is not known yet is held (<see cref="TryHold"/>): it counts in every window and does not
/// age until <see cref="Settle"/> logs it at its answer, the latest instant the server can have counted it. Pacing
/// by departure times let a request that left later but arrived earlier crowd a window (a 429 under load).
/// </summary>
public sealed class WindowedRateLimiter : RateLimiter
{
    private readonly TimeProvider _time;
    private readonly (int Limit, long Ticks)[] _windows;
    private readonly long _longest;
    private readonly List<long> _log = [];
    private readonly object _gate = new();
    private long _lastUse;
    private int _held;

    public WindowedRateLimiter(TimeProvider time, params RateWindow[] windows)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.Length == 0 || windows.Any(w => w.Limit < 1 || w.Length <= TimeSpan.Zero))
        {
            throw new ArgumentException("Each window needs a positive limit and length.", nameof(windows));
        }

        _time = time;
        _windows = [.. windows.Select(w => (w.Limit, ToTicks(w.Length)))];
        _longest = _windows.Max(w => w.Ticks);
        _lastUse = time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _time.GetElapsedTime(_lastUse);
            }
        }
    }

    /// <summary>
    /// How long until <paramref name="permits"/> requests would be allowed (zero: now); <see cref="TimeSpan.MaxValue"/>
    /// when that depends on held requests being settled first.
    /// </summary>
    public TimeSpan TimeUntilAvailable(int permits = 1)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            Trim(now);
            var wait = Wait(now, permits);
            return wait == long.MaxValue ? TimeSpan.MaxValue : FromTicks(wait);
        }
    }

    /// <summary>
    /// Takes a permit now, if every window has room, for a request whose arrival is not known yet: it counts in every
    /// window until <see cref="Settle"/>, without ageing. False, and nothing taken, when a window is full.
    /// </summary>
    public bool TryHold()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            Trim(now);
            if (Wait(now, 1) > 0)
            {
                return false;
            }

            _held++;
            _lastUse = now;
            return true;
        }
    }

    /// <summary>The held request was answered: it is logged now, and ages from now on.</summary>
    public void Settle()
    {
        lock (_gate)
        {
            if (_held == 0)
            {
                throw new InvalidOperationException("No request is held.");
            }

            _held--;
            var now = _time.GetTimestamp();
            _log.Add(now);
            _lastUse = now;
        }
    }

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            Trim(now);
            var wait = Wait(now, permitCount);
            if (wait > 0)
            {
                return new Lease(false, wait == long.MaxValue ? null : FromTicks(wait));
            }

            for (var i = 0; i < permitCount; i++)
            {
                _log.Add(now);
            }

            _lastUse = now;
            return new Lease(true, null);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lease = AttemptAcquireCore(permitCount);
            if (lease.IsAcquired || !lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                return lease;
            }

            lease.Dispose();
            await Task.Delay(retryAfter, _time, cancellationToken);
        }
    }

    // Ticks until every window has room for the permits: the window drops its oldest entries as they age out; held
    // requests are the newest entries of every window and never age (long.MaxValue: only a settle makes room).
    private long Wait(long now, int permits)
    {
        long wait = 0;
        foreach (var (limit, ticks) in _windows)
        {
            if (permits > limit)
            {
                throw new ArgumentOutOfRangeException(nameof(permits), "More permits than a window allows.");
            }

            var first = FirstAfter(now - ticks);
            var inWindow = _log.Count - first;
            var excess = inWindow + _held + permits - limit;
            if (excess > inWindow)
            {
                return long.MaxValue;
            }

            if (excess > 0)
            {
                // The entry that must leave is the excess-th oldest of the window; it leaves when its age reaches the window.
                wait = Math.Max(wait, _log[first + excess - 1] + ticks - now);
            }
        }

        return wait;
    }

    // Index of the first entry strictly later than the given time (entries are in time order).
    private int FirstAfter(long time)
    {
        int low = 0, high = _log.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_log[mid] > time)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    private void Trim(long now)
    {
        var first = FirstAfter(now - _longest);
        if (first > 0)
        {
            _log.RemoveRange(0, first);
        }
    }

    private long ToTicks(TimeSpan span) => (long)(span.Ticks * (_time.TimestampFrequency / (double)TimeSpan.TicksPerSecond));

    private TimeSpan FromTicks(long ticks) => ticks <= 0
        ? TimeSpan.Zero
        : TimeSpan.FromTicks((long)Math.Ceiling(ticks * (TimeSpan.TicksPerSecond / (double)_time.TimestampFrequency)));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } value && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = value;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
