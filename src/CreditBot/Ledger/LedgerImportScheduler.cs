using Cronos;
using Microsoft.Extensions.Options;

namespace CreditBot.Ledger;

/// <summary>
/// Imports <c>Imports:WatchFolder</c> on the <c>Imports:Schedule</c> cron (time zone aware, via Cronos), so the
/// 08:00 digest runs on last night's export. Every file of the folder is a ledger file for
/// <c>Imports:Source</c>, except the client master, orders and item status files named in the options.
/// The same files twice give an "unchanged" report and write nothing.
/// </summary>
public sealed class LedgerImportScheduler(
    LedgerImporter importer,
    TimeProvider timeProvider,
    IOptions<ImportOptions> options,
    ILogger<LedgerImportScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.WatchFolder))
        {
            return;
        }

        var cron = CronExpression.Parse(settings.Schedule);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = timeProvider.GetUtcNow();
            if (cron.GetNextOccurrence(now, zone) is not { } next)
            {
                return;
            }

            logger.ScheduledNext(settings.WatchFolder, next);
            await Task.Delay(next - now, timeProvider, stoppingToken);
            try
            {
                await ImportFolderAsync(stoppingToken);
            }
#pragma warning disable CA1031 // One failed night must not stop the next ones; the failure is logged.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.ScheduledFailed(exception);
            }
        }
    }

    /// <summary>Imports the watched folder now; null when it holds no ledger file.</summary>
    public async Task<ImportReport?> ImportFolderAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = settings.WatchFolder;
        string? Named(string name) => name.Length > 0 && File.Exists(Path.Combine(folder, name)) ? Path.Combine(folder, name) : null;

        var others = new HashSet<string>([settings.ClientMasterFile, settings.OrdersFile, settings.ItemStatusFile], StringComparer.OrdinalIgnoreCase);
        var ledger = System.IO.Directory.Exists(folder)
            ? System.IO.Directory.GetFiles(folder).Where(f => !others.Contains(Path.GetFileName(f)) && !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList()
            : [];
        if (ledger.Count == 0)
        {
            logger.ScheduledNothing(folder);
            return null;
        }

        return await importer.ImportAsync(new ImportRequest(settings.Source, [.. ledger.Select(LedgerInput.FromFile)])
        {
            ClientMaster = Named(settings.ClientMasterFile) is { } c ? LedgerInput.FromFile(c) : null,
            Orders = Named(settings.OrdersFile) is { } o ? LedgerInput.FromFile(o) : null,
            ItemStatus = Named(settings.ItemStatusFile) is { } i ? LedgerInput.FromFile(i) : null,
            RequestedBy = "scheduler",
        }, cancellationToken);
    }
}
