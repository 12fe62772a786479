using CreditBot.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Ledger;

public class LedgerImportSchedulerTests
{
    [Fact]
    public async Task The_watched_folder_is_imported_on_schedule_and_an_unchanged_export_writes_nothing()
    {
        // The fake clock starts on 1 June 2024 at 06:00 UTC; the schedule is 07:00 UTC every day.
        var watched = Path.Combine(Path.GetTempPath(), "creditbot-ledger-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(watched);
        File.Copy(Fixture.Path("fec-basic.txt"), Path.Combine(watched, "FEC.txt"));
        File.Copy(Fixture.Path("clients.csv"), Path.Combine(watched, "clients.csv"));
        using var host = LedgerHost.Create(new()
        {
            ["Imports:WatchFolder"] = watched,
            ["Imports:Schedule"] = "0 7 * * *",
            ["Imports:TimeZone"] = "UTC",
        });
        var scheduler = ActivatorUtilities.CreateInstance<LedgerImportScheduler>(host.Services);
        await scheduler.StartAsync(CancellationToken.None);

        var before = host.Store.IsEmpty;
        await AdvanceUntilAsync(host, TimeSpan.FromHours(1), () => host.Runs.Count() == 1);
        await AdvanceUntilAsync(host, TimeSpan.FromDays(1), () => true);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.True(before);
        var run = Assert.Single(host.Runs.Recent(5));
        Assert.Equal(("scheduler", new DateTime(2024, 6, 1, 7, 0, 0, DateTimeKind.Utc)), (run.RequestedBy, run.AtUtc));
        Assert.Equal(50000m, host.Store.FindClient(new("C001"))!.Limit!.Amount.Amount);
        System.IO.Directory.Delete(watched, recursive: true);
    }

    private static async Task AdvanceUntilAsync(LedgerHost host, TimeSpan by, Func<bool> done)
    {
        // Let the scheduler reach its Task.Delay, move the clock, then let the import run.
        await Task.Delay(200);
        host.Time.Advance(by);
        for (var i = 0; i < 100 && !done(); i++)
        {
            await Task.Delay(50);
        }

        await Task.Delay(200);
    }
}
