using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CreditBot.Demo;
using CreditBot.Hosting;
using CreditBot.Ledger;
using CreditBot.OrderBlocks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Benchmarks;

/// <summary>
/// An ERP calling <c>POST /api/orders/check</c> over loopback HTTP on a generated store (10 000 clients by default),
/// <c>--concurrency</c> callers at once (16), each check a new ERP order for a random client with a random amount:
/// a blocked one opens a request (store write and approval cards in the outbox, in one transaction), as in
/// production; the outbox dispatcher is off (no Connector here). Prints checks per second and latency percentiles
/// as the client sees them, the share blocked, the requests opened, and the process's RSS.
/// </summary>
/// <remarks>Usage: <c>orders [--clients 10000] [--seed 1] [--concurrency 16] [--requests 20000] [--warmup 1000]</c>.</remarks>
internal static class OrderCheckBenchmark
{
    private const string Key = "bench-erp-key";

    public static async Task<int> RunAsync(string[] args)
    {
        int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var clients = Arg("--clients", 10_000);
        var seed = Arg("--seed", 1);
        var concurrency = Arg("--concurrency", 16);
        var requests = Arg("--requests", 20_000);
        var warmup = Arg("--warmup", 1_000);
        var asOf = new DateOnly(2026, 11, 23);
        var temp = Path.Combine(Path.GetTempPath(), "creditbot-orders-bench-" + Guid.NewGuid().ToString("N"));
        var db = Path.Combine(temp, "orders.db");
        try
        {
            var watch = Stopwatch.StartNew();
            var files = DemoLedgerGenerator.Write(Path.Combine(temp, "demo"), new DemoSettings(clients, seed, asOf));
            using (var importHost = CreditBotWebApp.BuildJobHost(db))
            {
                var report = await importHost.Services.GetRequiredService<LedgerImporter>().ImportAsync(DemoLedgerGenerator.Request(files, asOf, "bench"), CancellationToken.None);
                if (!report.Succeeded)
                {
                    Console.Error.WriteLine(report.ToText());
                    return 1;
                }

                Console.WriteLine($"generated + imported {clients} clients in {watch.Elapsed.TotalSeconds:F1} s; {importHost.Services.GetRequiredService<IOrderBlockStore>().All().Count} blocked orders opened by the import");
            }

            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
            await using var app = CreditBotWebApp.Build(
            [
                "--urls", "http://127.0.0.1:0", "--environment", "Development",
                "--BotFramework:DisableAuthentication=true", "--Delivery:Enabled=false", "--Storage:SeedDemoData=false",
                "--Logging:LogLevel:Default=Warning", $"--OrderBlocks:ErpApiKeySha256={hash}",
            ], db);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var codes = app.Services.GetRequiredService<Storage.LedgerStore>().AllClients().Select(c => c.Code.Value).ToArray();

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(address) };
            http.DefaultRequestHeaders.Add("X-CreditBot-Erp-Key", Key);
            var statuses = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            var byStatus = new ConcurrentDictionary<string, ConcurrentBag<long>>(StringComparer.Ordinal);

            async Task<long> CheckAsync(int n, Random random)
            {
                var body = new { orderId = $"ERP-{n:D7}", client = codes[random.Next(codes.Length)], amount = Math.Round((decimal)(random.NextDouble() * 60_000 + 500), 2) };
                var start = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/api/orders/check", body);
                var answer = await response.Content.ReadFromJsonAsync<OrderCheckAnswer>();
                var elapsed = Stopwatch.GetTimestamp() - start;
                var status = response.IsSuccessStatusCode ? answer!.Status : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                statuses.AddOrUpdate(status, 1, (_, c) => c + 1);
                byStatus.GetOrAdd(status, _ => []).Add(elapsed);
                return elapsed;
            }

            async Task<List<long>> RunAsync(int from, int count)
            {
                var next = from - 1;
                var samples = new ConcurrentBag<long>();
                await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
                {
                    var random = new Random(seed * 1000 + worker + from);
                    int n;
                    while ((n = Interlocked.Increment(ref next)) < from + count)
                    {
                        samples.Add(await CheckAsync(n, random));
                    }
                }));
                return [.. samples.Order()];
            }

            await RunAsync(0, warmup);
            statuses.Clear();
            byStatus.Clear();
            var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var blocksBefore = app.Services.GetRequiredService<IOrderBlockStore>().All().Count;
            var wall = Stopwatch.StartNew();
            var sorted = await RunAsync(warmup, requests);
            wall.Stop();
            var opened = app.Services.GetRequiredService<IOrderBlockStore>().All().Count - blocksBefore;
            double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
            long P(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"POST /api/orders/check, c = {concurrency}, {requests} checks after {warmup} warm-up, {codes.Length} clients (loopback HTTP, API key)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"checks/s {requests / wall.Elapsed.TotalSeconds:F0}  p50 {Ms(P(0.50)):F2} ms  p95 {Ms(P(0.95)):F2} ms  p99 {Ms(P(0.99)):F2} ms  max {Ms(sorted[^1]):F2} ms"));
            // Where the tail comes from: a blocked check waits for its transaction, a released one only reads.
            foreach (var (status, bag) in byStatus.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var times = bag.Order().ToList();
                long Q(double q) => times[Math.Clamp((int)Math.Ceiling(q * times.Count) - 1, 0, times.Count - 1)];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {status,-9} p50 {Ms(Q(0.50)):F2} ms  p99 {Ms(Q(0.99)):F2} ms"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GC during the run: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC)"));
            Console.WriteLine($"answers: {string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}"))}; requests opened {opened}");
            // What a blocked check writes besides its block: the outbox messages (approval cards), by count and size.
            var outbox = app.Services.GetRequiredService<Delivery.IOutboxStore>().List(new Delivery.OutboxQuery(Max: 1_000_000));
            if (outbox.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"outbox: {outbox.Count} messages ({(double)outbox.Count / Math.Max(1, app.Services.GetRequiredService<IOrderBlockStore>().All().Count):F2} per request), payload mean {outbox.Average(m => m.Payload.Length) / 1000:F1} k characters, max {outbox.Max(m => m.Payload.Length) / 1000.0:F1} k"));
            }

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine($"RSS: {process.WorkingSet64 / (1024 * 1024)} MB now, peak {process.PeakWorkingSet64 / (1024 * 1024)} MB");
            await app.StopAsync();
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
