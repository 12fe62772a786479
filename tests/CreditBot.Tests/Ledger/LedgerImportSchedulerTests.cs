using CreditBot.Ledger;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditBot.Tests.Ledger;

public class LedgerImportSchedulerTests
{
    private const int ImportFinished = 5000;
    private const int ScheduledNext = 5030;
    private const int ScheduledFailed = 5032;

    [Fact]
    public async Task The_watched_folder_is_imported_on_schedule_and_the_same_export_the_next_day_writes_nothing()
    {
        // The clock starts on 1 June 2024 at 06:00 UTC; the schedule is 07:00 UTC every day. Each time the scheduler
        // creates its next timer, the run before it is over: the test waits for that, never for a fixed time.
        var watched = Path.Combine(Path.GetTempPath(), "creditbot-ledger-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(watched);
        File.Copy(Fixture.Path("fec-basic.txt"), Path.Combine(watched, "FEC.txt"));
        File.Copy(Fixture.Path("clients.csv"), Path.Combine(watched, "clients.csv"));
        using var clock = new TimerSignallingClock(new DateTimeOffset(2024, 6, 1, 6, 0, 0, TimeSpan.Zero));
        var logs = new LogRecorder();
        using var host = LedgerHost.Create(
            new()
            {
                ["Imports:WatchFolder"] = watched,
                ["Imports:Schedule"] = "0 7 * * *",
                ["Imports:TimeZone"] = "UTC",
            },
            services => services.AddSingleton<TimeProvider>(clock).AddSingleton<ILoggerProvider>(logs));
        var scheduler = ActivatorUtilities.CreateInstance<LedgerImportScheduler>(host.Services);
        var emptyBefore = host.Store.IsEmpty;

        await scheduler.StartAsync(CancellationToken.None);
        await clock.WaitForTimerAsync();
        clock.Advance(TimeSpan.FromHours(1));
        await clock.WaitForTimerAsync();
        var first = Assert.Single(host.Runs.Recent(5));
        var snapshotRun = host.Store.FindSnapshot()!.RunId;
        clock.Advance(TimeSpan.FromDays(1));
        await clock.WaitForTimerAsync();
        await scheduler.StopAsync(CancellationToken.None);

        Assert.True(emptyBefore);
        Assert.Equal(("scheduler", new DateTime(2024, 6, 1, 7, 0, 0, DateTimeKind.Utc)), (first.RequestedBy, first.AtUtc));
        Assert.Equal(50000m, host.Store.FindClient(new("C001"))!.Limit!.Amount.Amount);
        Assert.Equal(
            [At(2024, 6, 1), At(2024, 6, 2), At(2024, 6, 3)],
            logs.WithId(ScheduledNext).Select(e => (DateTimeOffset)e.Values["Next"]!));
        Assert.Equal([ImportStatus.Imported, ImportStatus.Unchanged], logs.WithId(ImportFinished).Select(e => (ImportStatus)e.Values["Status"]!));
        Assert.Empty(logs.WithId(ScheduledFailed));
        Assert.Equal(first.Id, Assert.Single(host.Runs.Recent(5)).Id);
        Assert.Equal(snapshotRun, host.Store.FindSnapshot()!.RunId);
        System.IO.Directory.Delete(watched, recursive: true);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 7, 0, 0, TimeSpan.Zero);
}
