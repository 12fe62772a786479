using CreditBot.Delivery;

namespace CreditBot.Tests.Delivery;

/// <summary>Little's law for the sends in flight: rate × smoothed send time plus a half, rounded up, within 1 and the cap.</summary>
public sealed class SendConcurrencyTests
{
    [Fact]
    public void Before_any_send_was_timed_one_send_goes_at_a_time()
    {
        var concurrency = new SendConcurrency(50, 16);

        Assert.Equal(1, concurrency.Target);
        Assert.Null(concurrency.Average);
    }

    [Theory]
    [InlineData(200, 11)] // Teams: 50 / s × 0.2 s = 10, plus a half, rounded up
    [InlineData(1, 1)] // a loopback Connector: 0.05 plus a half: one at a time, and a kill repeats at most one send
    [InlineData(10, 1)] // 0.5 plus a half is exactly one: one at a time still goes twice as fast as the rate
    [InlineData(11, 2)] // 0.55 plus a half: two
    [InlineData(0, 1)] // answers in no time (a fake clock): one at a time is enough
    [InlineData(30, 2)] // 1.5 plus a half
    [InlineData(1000, 16)] // 50.5 wanted: the cap
    public void The_first_send_s_time_sets_the_target(int milliseconds, int target)
    {
        var concurrency = new SendConcurrency(50, 16);

        concurrency.Observe(TimeSpan.FromMilliseconds(milliseconds));

        Assert.Equal(target, concurrency.Target);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), concurrency.Average);
    }

    [Fact]
    public void The_rate_setting_scales_the_target()
    {
        var concurrency = new SendConcurrency(30, 256);

        concurrency.Observe(TimeSpan.FromMilliseconds(200));

        Assert.Equal(7, concurrency.Target); // 30 / s × 0.2 s = 6, plus a half, rounded up
    }

    [Fact]
    public void One_slow_send_moves_the_average_by_an_eighth_of_the_difference()
    {
        var concurrency = new SendConcurrency(50, 16);
        concurrency.Observe(TimeSpan.FromMilliseconds(10));

        concurrency.Observe(TimeSpan.FromMilliseconds(810));

        Assert.Equal(TimeSpan.FromMilliseconds(110), concurrency.Average);
        Assert.Equal(6, concurrency.Target); // 50 × 0.11 = 5.5, plus a half
    }

    [Fact]
    public void When_sends_get_slower_the_target_grows_and_when_they_get_faster_it_shrinks_back()
    {
        var concurrency = new SendConcurrency(50, 16);
        concurrency.Observe(TimeSpan.FromMilliseconds(2));
        Assert.Equal(1, concurrency.Target);

        var targets = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            concurrency.Observe(TimeSpan.FromMilliseconds(200));
            targets.Add(concurrency.Target);
        }

        Assert.Equal(targets.Order(), targets); // never shrinks while sends are slower than the average
        Assert.Equal(11, targets[^1]);

        for (var i = 0; i < 60; i++)
        {
            concurrency.Observe(TimeSpan.FromMilliseconds(2));
        }

        Assert.Equal(1, concurrency.Target);
    }

    [Fact]
    public void A_rate_or_cap_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SendConcurrency(0, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SendConcurrency(50, 0));
    }
}
