using System.Diagnostics;
using System.Globalization;

namespace CreditBot.Benchmarks;

/// <summary>What the delivery benchmark reads from the dispatcher's meter: sends in flight, and answer-to-record times.</summary>
internal sealed class InFlightTally
{
    private readonly object _gate = new();
    private readonly List<double> _recorded = [];
    private long _inFlight;
    private long _peak;
    private long _first;
    private long _last;
    private double _area;

    public void Add(long change)
    {
        lock (_gate)
        {
            // The time integral of the sends in flight: over the span, their mean (Little's L).
            var now = Stopwatch.GetTimestamp();
            if (_first == 0)
            {
                _first = _last = now;
            }

            _area += _inFlight * (double)(now - _last);
            _last = now;
            _inFlight += change;
            _peak = Math.Max(_peak, _inFlight);
        }
    }

    public void Recorded(double milliseconds)
    {
        lock (_gate)
        {
            _recorded.Add(milliseconds);
        }
    }

    public string Describe()
    {
        lock (_gate)
        {
            var sorted = _recorded.Order().ToArray();
            double At(double quantile) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(quantile * sorted.Length))];
            return string.Create(CultureInfo.InvariantCulture,
                $"  in flight: at most {_peak} sends at once, {(_last > _first ? _area / (_last - _first) : 0):F1} on average; answer to record: median {At(0.5):F1} ms, 99th percentile {At(0.99):F1} ms, max {(sorted.Length == 0 ? 0 : sorted[^1]):F1} ms");
        }
    }
}
