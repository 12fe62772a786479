using System.Diagnostics;
using CreditBot.Company;
using CreditBot.Ledger;
using CreditBot.Storage;
using Microsoft.Extensions.Options;

namespace CreditBot.Demo;

/// <summary>
/// On first start with a store that held nothing (<c>Storage:SeedDemoData</c>, by default in Development only), generates the demo ledger and imports it
/// through <see cref="LedgerImporter"/>, in <see cref="StartingAsync"/>, so before any hosted service starts
/// (the web server included): the first request already sees data.
/// </summary>
public sealed class DemoSeeder(
    LedgerStore store,
    CreditDatabase database,
    IHostEnvironment environment,
    LedgerImporter importer,
    CompanyClock clock,
    IOptions<StorageOptions> storage,
    IOptions<DemoOptions> options,
    IServiceProvider services,
    ILogger<DemoSeeder> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // Only into a file that held nothing when opened (not one emptied since, nor one with other data).
        if (!(storage.Value.SeedDemoData ?? environment.IsDevelopment()) || !database.WasEmptyAtOpen || !store.IsEmpty)
        {
            logger.SeedSkipped();
            if (store.IsEmpty)
            {
                logger.StoreEmpty();
            }

            return;
        }

        await SeedAsync(cancellationToken);
    }

    public async Task<ImportReport> SeedAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var asOf = clock.Today;
        var folder = Path.Combine(Path.GetTempPath(), $"creditbot-demo-{Guid.NewGuid():N}");
        try
        {
            var settings = new DemoSettings(options.Value.Clients, options.Value.Seed, asOf, options.Value.Months);
            var files = DemoLedgerGenerator.Write(folder, settings);
            logger.Seeding(files.ClientCount, files.LedgerLines);
            var report = await importer.ImportAsync(DemoLedgerGenerator.Request(files, asOf, "demo-seed"), cancellationToken);
            if (report.Succeeded)
            {
                logger.Seeded(report.Status, report.Counts.OpenItems, watch.ElapsedMilliseconds);
                var history = ActivatorUtilities.CreateInstance<DemoBlockHistory>(services).Add(asOf, options.Value.Seed);
                logger.HistoryAdded(history, DemoBlockHistory.Days);
            }
            else
            {
                logger.SeedFailed(report.Problems.Count, report.Problems[0].Field, report.Problems[0].Line);
            }

            return report;
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
