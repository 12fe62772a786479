using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using CreditBot.BotFramework;
using CreditBot.Delivery;
using CreditBot.Hosting;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Activity = CreditBot.BotFramework.Activity;

namespace CreditBot.Benchmarks;

/// <summary>
/// The real <see cref="Outbox"/> and <see cref="OutboxDispatcher"/> (the app as it serves, local mode, a LiteDB file)
/// delivering to the loopback <see cref="FakeBotService"/>, which answers 429 with <c>Retry-After</c> beyond Teams'
/// limits (<see cref="FakeBotService.EnforceTeamsLimits"/>) on the real clock. Two runs, each with a fresh app,
/// store and fake: N messages to N conversations (the tenant's 50 / s is the only limit that applies) and M
/// messages to one conversation (7 / 1 s, 8 / 2 s, 60 / 30 s, 1 800 / h). All messages are enqueued in one
/// transaction, then the dispatcher is woken; the clock runs from the wake-up to the last message the fake
/// accepted. Prints delivered, duplicated, lost, 429s, wall time and the share of the allowed rate: the best
/// schedule's time (every send at the earliest instant the limits allow, the first at the wake-up) divided by
/// the measured time; and, from the dispatcher's meter, the most sends in flight at once and the time from a send's
/// answer to its record (what a crash would send twice).
/// </summary>
/// <remarks>
/// Usage: <c>delivery [--recipients 1000] [--one 200] [--only many|one] [--unlimited] [--Delivery:Key=Value ...]</c>
/// (the <c>--Delivery:</c> settings go to the app, e.g. <c>--Delivery:PacingMargin=00:00:00.020</c>).
/// </remarks>
internal static class DeliveryBenchmark
{
    private const int TenantPerSecond = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var recipients = Arg("--recipients", 1000);
        var one = Arg("--one", 200);
        var only = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null;
        var settings = args.Where(a => a.StartsWith("--Delivery:", StringComparison.Ordinal)).ToArray();

        // --unlimited: no limits at the fake nor in the dispatcher, to see how fast it can go at all.
        var unlimited = args.Contains("--unlimited");
        if (unlimited)
        {
            settings = ["--Delivery:TenantRequestsPerSecond=1000", .. settings];
        }

        Console.WriteLine($"load average at start: {LoadAverage()}; settings: {(settings.Length == 0 ? "defaults" : string.Join(' ', settings))}");
        var ok = true;
        if (only is null or "many")
        {
            var best = BestSchedule(recipients, [new(TenantPerSecond, TimeSpan.FromSeconds(1))]);
            ok &= await RunOnceAsync($"{recipients} messages to {recipients} conversations", recipients, i => $"a:bench-{i:D5}", best,
                $"tenant {TenantPerSecond} / s", settings, unlimited);
        }

        if (only is null or "one")
        {
            var best = BestSchedule(one, [.. OutboxDispatcher.ConversationLimits, new(TenantPerSecond, TimeSpan.FromSeconds(1))]);
            ok &= await RunOnceAsync($"{one} messages to one conversation", one, _ => "a:bench-one", best,
                "7 / 1 s, 8 / 2 s, 60 / 30 s, 1 800 / h", settings, unlimited);
        }

        Console.WriteLine($"load average at end: {LoadAverage()}");
        return ok ? 0 : 1;
    }

    /// <summary>
    /// When the last of <paramref name="count"/> sends could leave at best, each at the earliest instant every window
    /// has room, the first at zero. A send at t leaves a window at t + length, as the fake counts (greedy is optimal:
    /// an earlier send never leaves less room later).
    /// </summary>
    internal static TimeSpan BestSchedule(int count, IReadOnlyList<RateWindow> windows)
    {
        var times = new TimeSpan[count];
        for (var k = 0; k < count; k++)
        {
            var t = k > 0 ? times[k - 1] : TimeSpan.Zero;
            foreach (var window in windows)
            {
                if (k >= window.Limit && times[k - window.Limit] + window.Length > t)
                {
                    t = times[k - window.Limit] + window.Length;
                }
            }

            times[k] = t;
        }

        return count == 0 ? TimeSpan.Zero : times[^1];
    }

    private static async Task<bool> RunOnceAsync(string title, int count, Func<int, string> conversationOf, TimeSpan best, string limits, string[] settings, bool unlimited)
    {
        var temp = Path.Combine(Path.GetTempPath(), "creditbot-delivery-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            await using var fake = await FakeBotService.StartAsync();
            if (!unlimited)
            {
                fake.EnforceTeamsLimits(TimeProvider.System, TenantPerSecond);
            }

            // The dispatcher's meter: sends in flight (their most at once) and each delivered send's answer-to-record time.
            var flight = new InFlightTally();
            using var listener = new MeterListener
            {
                InstrumentPublished = (instrument, l) =>
                {
                    if (instrument.Meter.Name == DeliveryMetrics.MeterName && instrument.Name is "creditbot.delivery.in_flight" or "creditbot.delivery.unrecorded")
                    {
                        l.EnableMeasurementEvents(instrument);
                    }
                },
            };
            listener.SetMeasurementEventCallback<long>((_, change, _, _) => flight.Add(change));
            listener.SetMeasurementEventCallback<double>((_, milliseconds, _, _) => flight.Recorded(milliseconds));
            listener.Start();

            await using var app = CreditBotWebApp.Build(
            [
                "--urls", "http://127.0.0.1:0", "--environment", "Development",
                "--BotFramework:DisableAuthentication=true", "--Storage:SeedDemoData=false", "--Digests:Enabled=false",
                "--Ledger:WatchFolder=", "--Logging:LogLevel:Default=Error",
                .. settings,
            ], Path.Combine(temp, "delivery.db"));
            await app.StartAsync();
            app.Services.GetRequiredService<TrustedServiceUrls>().Trust(fake.ServiceUrl);

            // Arrival of every send at the fake (Stopwatch ticks), and which message it was.
            var gate = new object();
            var accepted = new Dictionary<string, int>(StringComparer.Ordinal);
            long firstSend = 0, secondSend = 0, lastAccepted = 0;
            var throttled = 0;
            var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            fake.Recorded += request =>
            {
                if (request is not { Method: "POST", Segments: ["conversations", _, "activities"], Activity.Text: { } key })
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
                    else if (secondSend == 0)
                    {
                        secondSend = now;
                    }

                    if (request.Status == 429)
                    {
                        throttled++;
                        return;
                    }

                    if (request.Status == 200)
                    {
                        accepted[key] = accepted.GetValueOrDefault(key) + 1;
                        lastAccepted = now;
                        if (accepted.Count == count)
                        {
                            allIn.TrySetResult();
                        }
                    }
                }
            };

            var database = app.Services.GetRequiredService<CreditDatabase>();
            var references = app.Services.GetRequiredService<ConversationReferenceStore>();
            var outbox = app.Services.GetRequiredService<Outbox>();
            var keys = Enumerable.Range(0, count).Select(i => $"bench:{i:D5}").ToArray();
            database.InTransaction(_ =>
            {
                foreach (var conversation in Enumerable.Range(0, count).Select(conversationOf).Distinct(StringComparer.Ordinal))
                {
                    references.Remember(new ConversationReference
                    {
                        ConversationId = conversation,
                        ServiceUrl = fake.ServiceUrl,
                        ChannelId = "msteams",
                        ConversationType = "personal",
                        UserAadObjectId = "oid-" + conversation,
                        BotId = "28:" + FakeBotService.DefaultAppId,
                        ServiceUrlVouched = true,
                    });
                }

                for (var i = 0; i < count; i++)
                {
                    outbox.Enqueue(keys[i], OutboxRecipient.Conversation(conversationOf(i)), Activity.CreateMessage(keys[i]));
                }
            });

            var loadBefore = LoadAverage();
            var wake = Stopwatch.GetTimestamp();
            outbox.Wake();
            var budget = best * 3 + TimeSpan.FromSeconds(60);
            var finished = await Task.WhenAny(allIn.Task, Task.Delay(budget)) == allIn.Task;

            // Every send recorded too (the store says sent), or the budget is spent.
            var store = app.Services.GetRequiredService<IOutboxStore>();
            var settleBy = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
            OutboxSummary summary;
            while ((summary = store.Summarize()).Count(OutboxStatus.Sent) + summary.Failed < count && Stopwatch.GetTimestamp() < settleBy && finished)
            {
                await Task.Delay(50);
            }

            var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>().Describe();
            await app.StopAsync();
            int delivered, duplicated, throttles;
            double wall, fromFirst, toFirst, toSecond;
            lock (gate)
            {
                delivered = accepted.Count;
                duplicated = accepted.Values.Sum(n => n - 1);
                throttles = throttled;
                wall = Stopwatch.GetElapsedTime(wake, lastAccepted == 0 ? Stopwatch.GetTimestamp() : lastAccepted).TotalSeconds;
                fromFirst = firstSend == 0 ? 0 : Stopwatch.GetElapsedTime(firstSend, lastAccepted == 0 ? Stopwatch.GetTimestamp() : lastAccepted).TotalSeconds;
                toFirst = firstSend == 0 ? 0 : Stopwatch.GetElapsedTime(wake, firstSend).TotalMilliseconds;
                toSecond = secondSend == 0 ? 0 : Stopwatch.GetElapsedTime(wake, secondSend).TotalMilliseconds;
            }

            var lost = count - delivered;
            var bestSeconds = best.TotalSeconds;
            var share = wall > 0 ? bestSeconds / wall : 0;
            var goal = share >= 0.9 && lost == 0 && duplicated == 0;
            Console.WriteLine(title + $" (allowed: {limits}; load average {loadBefore} before)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  delivered {delivered}, duplicated {duplicated}, lost {lost}; recorded: {summary.ToLine()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  429s {throttles} (after the first: {Math.Max(0, throttles - 1)})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  wall {wall:F2} s from wake-up to the last accepted send ({fromFirst:F2} s from the first send); {delivered / wall:F1} messages/s; the first two sends arrived {toFirst:F0} and {toSecond:F0} ms after the wake-up"));
            Console.WriteLine(flight.Describe());
            Console.WriteLine("  dispatcher at the end: " + dispatcher);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  best possible schedule {bestSeconds:F2} s ({(bestSeconds > 0 ? count / bestSeconds : 0):F1} messages/s): delivered rate {share:P1} of the allowed rate (goal >= 90 %: {(goal ? "met" : "NOT met")})"));
            return finished && lost == 0 && duplicated == 0;
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
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
