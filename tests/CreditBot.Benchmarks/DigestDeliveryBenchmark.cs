using System.Diagnostics;
using System.Globalization;
using System.Text;
using CreditBot.BotFramework;
using CreditBot.Delivery;
using CreditBot.Demo;
using CreditBot.Digests;
using CreditBot.Hosting;
using CreditBot.Ledger;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Benchmarks;

/// <summary>
/// Issue 15's delivery figure: the daily digest of N credit managers (default 1 000) on a store of M clients (default
/// 10 000), made and delivered the way the scheduler does it, against the loopback <see cref="FakeBotService"/>
/// enforcing Teams' limits on the real clock. The demo ledger of M clients is generated with its business units
/// rewritten to <c>BU-0000</c>… (M / N clients each) and imported through the real importer (a job host, as
/// <c>creditbot import</c> would); the app then starts as it serves (local mode, a LiteDB file on disk) with a people
/// directory of N credit managers, each covering one unit, half of them in French, each with a stored personal chat.
/// <see cref="DigestRunner.RunAsync"/> claims the run, composes every card and enqueues them in one transaction; the
/// real dispatcher delivers them. Prints the run's time, delivered, duplicated, lost, 429s, wall time and the delivered
/// rate as a share of the best schedule at the tenant's 50 / s, the mean payload, whether each card was its
/// recipient's own, and the process's peak working set (generator, importer, app and fake together).
/// </summary>
/// <remarks>Usage: <c>digest-delivery [--clients 10000] [--managers 1000] [--Delivery:Key=Value ...]</c>.</remarks>
internal static class DigestDeliveryBenchmark
{
    private const int TenantPerSecond = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var clients = Arg("--clients", 10_000);
        var managers = Arg("--managers", 1_000);
        var settings = args.Where(a => a.StartsWith("--Delivery:", StringComparison.Ordinal)).ToArray();
        var businessDate = new DateOnly(2026, 12, 7);
        var temp = Path.Combine(Path.GetTempPath(), "creditbot-digest-delivery-bench-" + Guid.NewGuid().ToString("N"));
        var dbPath = Path.Combine(temp, "digests.db");
        Console.WriteLine($"load average at start: {LoadAverage()}; {clients} clients, {managers} credit managers; settings: {(settings.Length == 0 ? "defaults" : string.Join(' ', settings))}");
        try
        {
            var watch = Stopwatch.StartNew();
            var files = DemoLedgerGenerator.Write(Path.Combine(temp, "demo"), new DemoSettings(clients, 42, businessDate));
            SpreadOverUnits(files.Clients, managers);
            using (var importHost = CreditBotWebApp.BuildJobHost(dbPath))
            {
                var report = await importHost.Services.GetRequiredService<LedgerImporter>()
                    .ImportAsync(DemoLedgerGenerator.Request(files, businessDate, "bench"), CancellationToken.None);
                if (!report.Succeeded)
                {
                    Console.Error.WriteLine(report.ToText());
                    return 1;
                }
            }

            long peakAfterImport;
            using (var before = Process.GetCurrentProcess())
            {
                peakAfterImport = before.PeakWorkingSet64;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"store: {clients} clients generated and imported in {watch.Elapsed.TotalSeconds:F1} s (peak working set so far {peakAfterImport / 1e6:F0} MB)"));

            await using var fake = await FakeBotService.StartAsync();
            fake.EnforceTeamsLimits(TimeProvider.System, TenantPerSecond);
            await using var app = CreditBotWebApp.Build(
            [
                "--urls", "http://127.0.0.1:0", "--environment", "Development",
                "--BotFramework:DisableAuthentication=true", "--Storage:SeedDemoData=false", "--Digests:Enabled=false",
                "--Ledger:WatchFolder=", "--Logging:LogLevel:Default=Error",
                .. Directory(managers),
                .. settings,
            ], dbPath);
            await app.StartAsync();
            app.Services.GetRequiredService<TrustedServiceUrls>().Trust(fake.ServiceUrl);

            // Each manager has written to the bot once: a stored personal chat, as in production after the first message.
            var references = app.Services.GetRequiredService<ConversationReferenceStore>();
            app.Services.GetRequiredService<CreditDatabase>().InTransaction(_ =>
            {
                for (var i = 0; i < managers; i++)
                {
                    references.Remember(new ConversationReference
                    {
                        ConversationId = ConversationOf(i),
                        ServiceUrl = fake.ServiceUrl,
                        ChannelId = "msteams",
                        ConversationType = "personal",
                        UserAadObjectId = ManagerOf(i),
                        BotId = "28:" + FakeBotService.DefaultAppId,
                        ServiceUrlVouched = true,
                    });
                }
            });

            // A digest card is told from anything else sent meanwhile (an order-block card) by its title, in either language
            // (the ASCII part: the body escapes the rest).
            string[] titles = [.. new[] { "fr-FR", "en-US" }.Select(c => Texts.DigestTexts.Get("daily.title", CultureInfo.GetCultureInfo(c)).Split("{0}")[0].TrimEnd(' ', '·'))];
            var conversations = Enumerable.Range(0, managers).ToDictionary(ConversationOf, i => i, StringComparer.Ordinal);
            var gate = new object();
            var accepted = new Dictionary<int, int>();
            long firstSend = 0, lastAccepted = 0, payloadBytes = 0, largest = 0;
            int throttled = 0, own = 0, others = 0;
            var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            fake.Recorded += request =>
            {
                if (request is not { Method: "POST", Segments: ["conversations", var conversation, "activities"] })
                {
                    return;
                }

                var now = Stopwatch.GetTimestamp();
                lock (gate)
                {
                    if (firstSend == 0)
                    {
                        firstSend = now;
                    }

                    if (request.Status == 429)
                    {
                        throttled++;
                        return;
                    }

                    if (request.Status != 200)
                    {
                        return;
                    }

                    if (!conversations.TryGetValue(conversation, out var index) || !titles.Any(t => request.Body.Contains(t, StringComparison.Ordinal)))
                    {
                        others++;
                        return;
                    }

                    accepted[index] = accepted.GetValueOrDefault(index) + 1;
                    lastAccepted = now;
                    var bytes = Encoding.UTF8.GetByteCount(request.Body);
                    payloadBytes += bytes;
                    largest = Math.Max(largest, bytes);
                    own += request.Body.Contains(UnitOf(index), StringComparison.Ordinal) ? 1 : 0;
                    if (accepted.Count == managers)
                    {
                        allIn.TrySetResult();
                    }
                }
            };

            var runner = app.Services.GetRequiredService<DigestRunner>();
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var loadBefore = LoadAverage();
            var started = Stopwatch.GetTimestamp();
            var outcome = await runner.RunAsync(DigestKind.Daily, businessDate, "benchmark", CancellationToken.None);
            var enqueued = Stopwatch.GetTimestamp();
            var runAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            if (outcome is not DigestRunOutcome.Claimed claimed)
            {
                Console.Error.WriteLine("The run was not claimed.");
                return 1;
            }

            var best = DeliveryBenchmark.BestSchedule(managers, [new(TenantPerSecond, TimeSpan.FromSeconds(1))]);
            var finished = await Task.WhenAny(allIn.Task, Task.Delay(best * 3 + TimeSpan.FromSeconds(60))) == allIn.Task;
            var store = app.Services.GetRequiredService<IOutboxStore>();
            var settleBy = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 30);
            OutboxSummary summary;
            while ((summary = store.Summarize()).Count(OutboxStatus.Sent) + summary.Failed < managers && Stopwatch.GetTimestamp() < settleBy && finished)
            {
                await Task.Delay(50);
            }

            await app.StopAsync();
            using var self = Process.GetCurrentProcess();
            int delivered, duplicated, throttles, owned, strangers;
            double wall, fromFirst, meanPayload, maxPayload;
            lock (gate)
            {
                delivered = accepted.Count;
                duplicated = accepted.Values.Sum(n => n - 1);
                throttles = throttled;
                owned = own;
                strangers = others;
                var end = lastAccepted == 0 ? Stopwatch.GetTimestamp() : lastAccepted;

                // The dispatcher is woken inside the run's commit: delivery starts at the earlier of that and the first send.
                var start = firstSend != 0 && firstSend < enqueued ? firstSend : enqueued;
                wall = Stopwatch.GetElapsedTime(start, end).TotalSeconds;
                fromFirst = firstSend == 0 ? 0 : Stopwatch.GetElapsedTime(firstSend, end).TotalSeconds;
                meanPayload = delivered + duplicated == 0 ? 0 : payloadBytes / (double)(delivered + duplicated);
                maxPayload = largest;
            }

            var lost = managers - delivered;
            var share = wall > 0 ? best.TotalSeconds / wall : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"daily digest of {businessDate:yyyy-MM-dd} (allowed: tenant {TenantPerSecond} / s; load average {loadBefore} before)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run (claim, compose {claimed.Messages} cards, enqueue in one transaction): {Stopwatch.GetElapsedTime(started, enqueued).TotalSeconds:F2} s, {runAllocated / 1e6:F0} MB allocated in the process meanwhile"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  delivered {delivered}, duplicated {duplicated}, lost {lost}; recorded: {summary.ToLine()}; other sends {strangers}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  each recipient's own digest (their unit named on the card): {owned} of {delivered + duplicated}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  429s {throttles}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  payload: mean {meanPayload / 1024:F1} KiB, largest {maxPayload / 1024:F1} KiB (UTF-8 request bodies)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  wall {wall:F2} s from the enqueue to the last accepted send ({fromFirst:F2} s from the first send); {delivered / wall:F1} messages/s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  best possible schedule {best.TotalSeconds:F2} s: delivered rate {share:P1} of the allowed rate"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  peak working set {self.PeakWorkingSet64 / 1e6:F0} MB (whole process: generator, importer, app, fake and its recorded requests)"));
            Console.WriteLine($"load average at end: {LoadAverage()}");
            return finished && lost == 0 && duplicated == 0 ? 0 : 1;
        }
        finally
        {
            if (System.IO.Directory.Exists(temp))
            {
                System.IO.Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static string ManagerOf(int i) => string.Create(CultureInfo.InvariantCulture, $"cm-{i:D4}");

    private static string UnitOf(int i) => string.Create(CultureInfo.InvariantCulture, $"BU-{i:D4}");

    private static string ConversationOf(int i) => string.Create(CultureInfo.InvariantCulture, $"a:digest-{i:D4}");

    /// <summary>Client i belongs to unit i mod <paramref name="units"/>: each manager's digest covers their own clients.</summary>
    private static void SpreadOverUnits(string clientsCsv, int units)
    {
        var lines = File.ReadAllLines(clientsCsv, Encoding.UTF8);
        var header = lines[0].Split(';');
        var column = Array.IndexOf(header, "BusinessUnit");
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(';');
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"clients.csv line {i + 1}: {fields.Length} fields, {header.Length} expected");
            }

            fields[column] = UnitOf((i - 1) % units);
            lines[i] = string.Join(';', fields);
        }

        File.WriteAllLines(clientsCsv, lines, new UTF8Encoding(false));
    }

    /// <summary>
    /// The people directory as arguments: N credit managers, one unit each, alternately French and English. Their
    /// indexes replace the demo people of appsettings.json; a second role left there (committee member) changes nothing
    /// here, and nobody keeps the CFO role.
    /// </summary>
    private static IEnumerable<string> Directory(int managers)
    {
        for (var i = 0; i < managers; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"--People:Directory:{i}:");
            yield return prefix + "ObjectId=" + ManagerOf(i);
            yield return prefix + "Upn=" + ManagerOf(i) + "@contoso.example";
            yield return prefix + string.Create(CultureInfo.InvariantCulture, $"Name=Credit manager {i:D4}");
            yield return prefix + "Roles:0=CreditManager";
            yield return prefix + "BusinessUnits:0=" + UnitOf(i);
            yield return prefix + "Language=" + (i % 2 == 0 ? "fr" : "en");
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
