using CreditBot.Digests;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Digests;

/// <summary>
/// The scheduler on a fake clock: each step waits until the scheduler is waiting (it created its timer), then moves the
/// clock to the instant it announced. Nothing sleeps; the store is a real LiteDB file.
/// </summary>
public sealed class DigestSchedulerTests
{
    private const int Scheduled = 7010;
    private const int AlreadyRun = 7001;
    private const int Failed = 7012;

    [Fact]
    public async Task Runs_at_eight_Paris_on_business_days_across_the_spring_change_of_time_and_Easter_Monday()
    {
        using var folder = new TempFolder();
        using var host = DigestHost.Start(folder.File("creditbot.db"), Utc(2026, 3, 26, 0, 0));

        var announced = await WalkAsync(host, until: Utc(2026, 4, 8, 12, 0));

        // Paris is UTC+1 until Sunday 29 March 2026, UTC+2 after: 08:00 is 07:00Z, then 06:00Z.
        // No daily digest on the weekend nor on Easter Monday (6 April); the Monday summary moves to Tuesday 7 April.
        Assert.Equal(
            [Utc(2026, 3, 26, 7, 0), Utc(2026, 3, 27, 7, 0), Utc(2026, 3, 30, 6, 0), Utc(2026, 3, 31, 6, 0), Utc(2026, 4, 1, 6, 0),
                Utc(2026, 4, 2, 6, 0), Utc(2026, 4, 3, 6, 0), Utc(2026, 4, 7, 6, 0), Utc(2026, 4, 8, 6, 0)],
            ClaimedDaily(host));
        Assert.Equal(
            [(new DateOnly(2026, 3, 30), Utc(2026, 3, 30, 6, 0)), (new DateOnly(2026, 4, 7), Utc(2026, 4, 7, 6, 0))],
            announced.Where(a => a.Kind == DigestKind.Weekly).Select(a => (a.Date, a.At)).Distinct());
        Assert.Equal(2 * 9, host.OutboxKeys().Count(k => k.StartsWith("digest:daily:", StringComparison.Ordinal)));
        Assert.Equal(
            [Utc(2026, 3, 30, 6, 0), Utc(2026, 4, 7, 6, 0)],
            host.Runs.Recent(DigestKind.Weekly, 10).OrderBy(r => r.BusinessDate).Select(r => new DateTimeOffset(r.ClaimedAtUtc, TimeSpan.Zero)));
        Assert.Equal(
            [DigestKind.Weekly.MessageKey(new DateOnly(2026, 3, 30), DigestHost.Paul), DigestKind.Weekly.MessageKey(new DateOnly(2026, 4, 7), DigestHost.Paul)],
            host.OutboxKeys().Where(k => k.StartsWith("digest:weekly:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Skips_14_July_and_runs_at_eight_Paris_on_the_Monday_after_the_autumn_change_of_time()
    {
        using var folder = new TempFolder();
        using (var july = DigestHost.Start(folder.File("july.db"), Utc(2026, 7, 13, 12, 0)))
        {
            await WalkAsync(july, until: Utc(2026, 7, 15, 12, 0));

            // Started at 14:00 Paris on Monday 13: that day's digest is caught up at once.
            Assert.Equal([Utc(2026, 7, 13, 12, 0), Utc(2026, 7, 15, 6, 0)], ClaimedDaily(july));
            Assert.Equal("catch-up", july.Runs.Find(DigestKind.Daily, new DateOnly(2026, 7, 13))!.Trigger);
        }

        using var october = DigestHost.Start(folder.File("october.db"), Utc(2026, 10, 23, 0, 0));
        await WalkAsync(october, until: Utc(2026, 10, 27, 0, 0));

        // Summer time ends on Sunday 25 October 2026: Friday's 08:00 is 06:00Z, Monday's 07:00Z.
        Assert.Equal([Utc(2026, 10, 23, 6, 0), Utc(2026, 10, 26, 7, 0)], ClaimedDaily(october));
    }

    [Fact]
    public async Task Restarts_at_7_59_8_00_30_and_9_00_send_the_digest_exactly_once()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");

        // Tuesday 8 December 2026: 08:00 Paris is 07:00Z.
        using (var first = DigestHost.Start(path, Utc(2026, 12, 8, 6, 59)))
        {
            await WalkAsync(first, until: Utc(2026, 12, 8, 7, 0));
        }

        foreach (var restart in new[] { Utc(2026, 12, 8, 7, 0).AddSeconds(30), Utc(2026, 12, 8, 8, 0) })
        {
            using var again = DigestHost.Start(path, restart);
            await WalkAsync(again, until: restart);
            Assert.Single(again.Logs.WithId(AlreadyRun));
        }

        using var after = DigestHost.Start(path, Utc(2026, 12, 8, 9, 0));
        var run = after.Runs.Find(DigestKind.Daily, new DateOnly(2026, 12, 8))!;
        Assert.Equal(("schedule", Utc(2026, 12, 8, 7, 0).UtcDateTime), (run.Trigger, run.ClaimedAtUtc));
        Assert.Equal(
            [DigestKind.Daily.MessageKey(new DateOnly(2026, 12, 8), DigestHost.Claire), DigestKind.Daily.MessageKey(new DateOnly(2026, 12, 8), DigestHost.Hugo)],
            after.OutboxKeys().Where(k => k.StartsWith("digest:daily:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_start_after_eight_catches_up_the_same_day_and_a_start_the_next_day_does_not_send_yesterdays()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");

        // Down from Tuesday 8 December before 08:00 until Wednesday 9 at 06:00 Paris; then up again.
        using (var nextDay = DigestHost.Start(path, Utc(2026, 12, 9, 5, 0)))
        {
            await WalkAsync(nextDay, until: Utc(2026, 12, 9, 7, 0));
        }

        using (var late = DigestHost.Start(path, Utc(2026, 12, 10, 9, 30)))
        {
            await WalkAsync(late, until: Utc(2026, 12, 10, 9, 30));
        }

        using var check = DigestHost.Start(path, Utc(2026, 12, 10, 12, 0));
        Assert.Null(check.Runs.Find(DigestKind.Daily, new DateOnly(2026, 12, 8)));
        Assert.Equal("schedule", check.Runs.Find(DigestKind.Daily, new DateOnly(2026, 12, 9))!.Trigger);
        Assert.Equal(("catch-up", Utc(2026, 12, 10, 9, 30).UtcDateTime), (check.Runs.Find(DigestKind.Daily, new DateOnly(2026, 12, 10))!.Trigger, check.Runs.Find(DigestKind.Daily, new DateOnly(2026, 12, 10))!.ClaimedAtUtc));
        Assert.DoesNotContain(check.OutboxKeys(), k => k.Contains("2026-12-08", StringComparison.Ordinal));
    }

    /// <summary>
    /// Starts the scheduler and moves the clock from one announced run to the next until the next is after
    /// <paramref name="until"/>; returns every announcement.
    /// </summary>
    private static async Task<List<(DigestKind Kind, DateOnly Date, DateTimeOffset At)>> WalkAsync(DigestHost host, DateTimeOffset until)
    {
        var scheduler = host.CreateScheduler();
        await scheduler.StartAsync(CancellationToken.None);
        await host.Clock.WaitForTimerAsync();
        while (true)
        {
            var next = (DateTimeOffset)host.Logs.WithId(Scheduled)[^1].Values["At"]!;
            if (next > until)
            {
                break;
            }

            host.Clock.Advance(next - host.Clock.GetUtcNow());
            await host.Clock.WaitForTimerAsync();
        }

        await scheduler.StopAsync(CancellationToken.None);
        scheduler.Dispose();
        Assert.Empty(host.Logs.WithId(Failed).Select(e => e.Exception!.ToString()));
        return [.. host.Logs.WithId(Scheduled).Select(e => ((DigestKind)e.Values["Kind"]!, (DateOnly)e.Values["BusinessDate"]!, (DateTimeOffset)e.Values["At"]!))];
    }

    private static List<DateTimeOffset> ClaimedDaily(DigestHost host) =>
        [.. host.Runs.Recent(DigestKind.Daily, 100).OrderBy(r => r.BusinessDate).Select(r => new DateTimeOffset(r.ClaimedAtUtc, TimeSpan.Zero))];

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
