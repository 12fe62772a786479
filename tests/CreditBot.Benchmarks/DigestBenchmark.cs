using System.Diagnostics;
using System.Globalization;
using CreditBot.Demo;
using CreditBot.Digests;
using CreditBot.Hosting;
using CreditBot.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Benchmarks;

/// <summary>
/// Composing every digest on a generated store: the demo ledger of N clients (default 10 000) imported through the
/// real importer, then the daily digest of every configured credit manager and the CFO's weekly summary composed
/// (cards rendered, nothing enqueued). Prints time, bytes allocated and the process's peak working set.
/// Usage: dotnet run -c Release --project tests/CreditBot.Benchmarks digests [clients]
/// </summary>
internal static class DigestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var asOf = new DateOnly(2026, 12, 7);
        var temp = Path.Combine(Path.GetTempPath(), "creditbot-digest-bench-" + Guid.NewGuid().ToString("N"));
        var dbPath = Path.Combine(temp, "digests.db");
        try
        {
            var files = DemoLedgerGenerator.Write(Path.Combine(temp, "demo"), new DemoSettings(clients, 42, asOf));
            using (var importHost = CreditBotWebApp.BuildJobHost(dbPath))
            {
                var report = await importHost.Services.GetRequiredService<LedgerImporter>()
                    .ImportAsync(DemoLedgerGenerator.Request(files, asOf, "bench"), CancellationToken.None);
                if (!report.Succeeded)
                {
                    Console.Error.WriteLine(report.ToText());
                    return 1;
                }
            }

            using var host = CreditBotWebApp.BuildJobHost(dbPath);
            var runner = host.Services.GetRequiredService<DigestRunner>();
            Console.WriteLine($"{"digest",8} {"clients",8} {"cards",6} {"seconds",8} {"alloc_MB",9} {"peak_ws_MB",11}");
            foreach (var kind in new[] { DigestKind.Daily, DigestKind.Weekly })
            {
                GC.Collect();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                var composed = await runner.ComposeAsync(kind, asOf, null, CancellationToken.None);
                watch.Stop();
                var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                using var self = Process.GetCurrentProcess();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kind.Key(),8} {clients,8} {composed.Messages.Count(m => m.Card is not null),6} {watch.Elapsed.TotalSeconds,8:F2} {bytes / 1e6,9:F0} {self.PeakWorkingSet64 / 1e6,11:F0}"));
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
