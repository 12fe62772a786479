using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Company;
using CreditBot.Demo;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Receivables;
using CreditBot.Hosting;
using CreditBot.Ledger;
using CreditBot.Questions;
using CreditBot.Storage;
using CreditBot.Users;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Benchmarks;

/// <summary>
/// Server time per question, in process, on a generated store (10 000 clients by default): parse + respond
/// (match, store reads, domain, card) + card serialization, timed with <see cref="Stopwatch"/> per question
/// kind after a warm-up, as the credit manager. Also the first question after opening the store (it builds
/// the client index), a stage breakdown of an exposure answer, the other per-request store work of a chat
/// turn (conversation reference upsert, identification), a check of the load-run text with numbers
/// appended, and the process's RSS.
/// </summary>
/// <remarks>
/// Usage: <c>questions [--db PATH] [--clients 10000] [--seed 1] [--as-of 2026-11-23] [--per-kind 2000]
/// [--warmup 300] [--load-text "encours ACME Industrie"] [--load-count 20200]</c>. With <c>--db</c> naming an
/// existing store, that store is used as is (the bench script imports with the CLI); otherwise a demo ledger
/// is generated and imported through the real importer into a temporary store.
/// </remarks>
internal static class QuestionBenchmark
{
    private const string CreditManager = "claire.moreau@contoso.example";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Arguments.Parse(args);
        var temp = Path.Combine(Path.GetTempPath(), "creditbot-question-bench-" + Guid.NewGuid().ToString("N"));
        var dbPath = options.Db ?? Path.Combine(temp, "questions.db");
        try
        {
            if (!File.Exists(dbPath))
            {
                Console.WriteLine($"generating {options.Clients} clients (seed {options.Seed}, as of {options.AsOf:yyyy-MM-dd}) and importing into {dbPath}");
                var watch = Stopwatch.StartNew();
                var files = DemoLedgerGenerator.Write(Path.Combine(temp, "demo"), new DemoSettings(options.Clients, options.Seed, options.AsOf));
                using var importHost = CreditBotWebApp.BuildJobHost(dbPath);
                var report = await importHost.Services.GetRequiredService<LedgerImporter>()
                    .ImportAsync(DemoLedgerGenerator.Request(files, options.AsOf, "bench"), CancellationToken.None);
                if (!report.Succeeded)
                {
                    Console.Error.WriteLine(report.ToText());
                    return 1;
                }

                Console.WriteLine($"generated + imported in {watch.Elapsed.TotalSeconds:F1} s ({files.LedgerLines} FEC lines)");
            }

            using var host = CreditBotWebApp.BuildJobHost(dbPath);
            return await MeasureAsync(host.Services, options);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static async Task<int> MeasureAsync(IServiceProvider services, Arguments options)
    {
        var ledger = services.GetRequiredService<LedgerStore>();
        var handler = services.GetRequiredService<QuestionHandler>();
        var index = services.GetRequiredService<ClientIndex>();
        var people = services.GetRequiredService<PeopleDirectory>();
        var asker = await people.FindByObjectIdOrUpnAsync(CreditManager, CancellationToken.None);
        if (!asker.SeesAllClients)
        {
            Console.Error.WriteLine($"{CreditManager} is not a credit manager in appsettings.json");
            return 1;
        }

        var french = TurnCulture.French;

        // The first question after opening the store builds the client matcher (one pass over all clients).
        var first = Stopwatch.StartNew();
        var firstAnswer = handler.Respond(handler.Parse("encours C00042"), asker, french, "encours C00042");
        first.Stop();
        var clients = ledger.AllClients();
        Console.WriteLine($"store: {clients.Count} clients, matcher {index.Matcher.Count} entries");
        Console.WriteLine($"first question after opening the store (builds the client index): {first.Elapsed.TotalMilliseconds:F0} ms -> {firstAnswer.Kind}");

        var questions = BuildQuestions(ledger, clients, options);
        var kinds = questions.Keys.ToList();

        // Warm-up: every kind, questions not measured afterwards.
        foreach (var kind in kinds)
        {
            foreach (var q in questions[kind].Take(options.Warmup))
            {
                Ask(handler, asker, q);
            }
        }

        // Measured: round robin over kinds so they share the machine's noise.
        var samples = kinds.ToDictionary(k => k, _ => new List<Sample>());
        var answers = kinds.ToDictionary(k => k, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        var perKind = questions.Values.Min(l => l.Count) - options.Warmup;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcBefore = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < perKind; i++)
        {
            foreach (var kind in kinds)
            {
                var (sample, answerKind) = Ask(handler, asker, questions[kind][options.Warmup + i]);
                samples[kind].Add(sample);
                answers[kind][answerKind] = answers[kind].GetValueOrDefault(answerKind) + 1;
            }
        }

        wall.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var count = perKind * kinds.Count;

        Console.WriteLine();
        Console.WriteLine($"server time per question, single thread, {perKind} per kind after {options.Warmup} warm-up per kind (ms; total = parse + respond + reply JSON)");
        Console.WriteLine($"{"kind",-14} {"p50",7} {"p95",7} {"p99",7} {"max",7} {"mean",7} {"parse",7} {"respond",8} {"json",6} {"KiB",5}  answers");
        foreach (var kind in kinds)
        {
            Print(kind, samples[kind], answers[kind]);
        }

        Print("overall", [.. samples.Values.SelectMany(s => s)], []);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"questions/s single-threaded: {count / wall.Elapsed.TotalSeconds:F0} ({count} in {wall.Elapsed.TotalSeconds:F2} s); allocated {allocated / (double)count / 1024:F0} KiB per question; gen0 GCs {GC.CollectionCount(0) - gcBefore}"));

        Breakdown(services, ledger, index, clients, asker);
        QueryShapes(services, clients);
        await TurnStoreWorkAsync(services, people);
        CheckLoadText(handler, asker, options);

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine();
        Console.WriteLine($"RSS: {process.WorkingSet64 / (1024 * 1024)} MB now, peak {process.PeakWorkingSet64 / (1024 * 1024)} MB; managed heap {GC.GetTotalMemory(false) / (1024 * 1024)} MB");
        return 0;
    }

    private sealed record Question(string Text, CultureInfo Culture);

    /// <summary>The outgoing reply carrying the card, as the connector client writes it.</summary>
    private static byte[] ReplyJson(RawJson card)
    {
        var reply = BotFramework.Activity.CreateMessage();
        reply.Attachments = [Attachment.AdaptiveCard(card)];
        return JsonSerializer.SerializeToUtf8Bytes(reply, BotJsonContext.Default.Activity);
    }

    private readonly record struct Sample(long Parse, long Respond, long Json, long Bytes)
    {
        public long Total => Parse + Respond + Json;
    }

    private static (Sample Sample, string Kind) Ask(QuestionHandler handler, Person asker, Question question)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var t0 = Stopwatch.GetTimestamp();
        var parsed = handler.Parse(question.Text);
        var t1 = Stopwatch.GetTimestamp();
        var answer = handler.Respond(parsed, asker, question.Culture, question.Text);
        var t2 = Stopwatch.GetTimestamp();
        if (answer.Card is { } card)
        {
            _ = ReplyJson(card);
        }

        var t3 = Stopwatch.GetTimestamp();
        return (new Sample(t1 - t0, t2 - t1, t3 - t2, GC.GetAllocatedBytesForCurrentThread() - bytes), answer.Kind);
    }

    /// <summary>Realistic questions over many different clients: codes, exact names, typos, invoices, pre-sales.</summary>
    private static Dictionary<string, List<Question>> BuildQuestions(LedgerStore ledger, IReadOnlyList<Client> clients, Arguments options)
    {
        var random = new Random(options.Seed);
        var french = TurnCulture.French;
        var english = TurnCulture.English;
        var n = options.PerKind + options.Warmup;

        // Demo names repeat on 10 000 clients (48 surnames x 16 trades x 5 forms): by name, only unique names
        // have one answer; a repeated name is rightly a choice card.
        var uniqueNames = clients.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        Console.WriteLine($"clients with a unique name: {uniqueNames.Count} of {clients.Count}");
        var invoices = ledger.AllOpenItems().Where(i => i.Kind == OpenItemKind.Invoice).ToList();

        Client Any() => clients[random.Next(clients.Count)];
        Client Unique() => uniqueNames[random.Next(uniqueNames.Count)];

        return new Dictionary<string, List<Question>>(StringComparer.Ordinal)
        {
            ["code"] = [.. Enumerable.Range(0, n).Select(_ => new Question($"encours {Any().Code.Value}", french))],
            ["name"] = [.. Enumerable.Range(0, n).Select(_ => new Question($"encours {Unique().Name}", french))],
            ["typo"] = [.. Enumerable.Range(0, n).Select(_ => new Question($"exposure {Typo(Unique().Name, random)}", english))],
            ["invoice"] = [.. Enumerable.Range(0, n).Select(_ => new Question($"statut facture {invoices[random.Next(invoices.Count)].Number}", french))],
            ["pre-sale"] = [.. Enumerable.Range(0, n).Select(_ => new Question($"puis-je vendre 50 k€ à {Unique().Name} à 60 jours ?", french))],
            ["load-text"] = [.. Enumerable.Range(0, n).Select(i => new Question($"{options.LoadText} {random.Next(options.LoadCount)}", english))],
        };
    }

    /// <summary>One substituted letter in the first word of five letters or more (a typo the matcher forgives).</summary>
    private static string Typo(string name, Random random)
    {
        var words = name.Split(' ');
        var at = Array.FindIndex(words, w => w.Length >= 5);
        if (at < 0)
        {
            return name;
        }

        var word = words[at].ToCharArray();
        var position = 1 + random.Next(word.Length - 2);
        var replacement = (char)('a' + random.Next(26));
        word[position] = replacement == char.ToLowerInvariant(word[position]) ? (replacement == 'z' ? 'a' : (char)(replacement + 1)) : replacement;
        words[at] = new string(word);
        return string.Join(' ', words);
    }

    /// <summary>The steps of an exposure answer by code, timed one by one (as QuestionHandler.ExposureAnswer does them).</summary>
    private static void Breakdown(IServiceProvider services, LedgerStore ledger, ClientIndex index, IReadOnlyList<Client> clients, Person asker)
    {
        var clock = services.GetRequiredService<CompanyClock>();
        var random = new Random(3);
        var steps = new[] { "snapshot", "match", "open items", "orders", "payments", "exposure", "behaviour", "card", "json", "items again" };
        var times = steps.ToDictionary(s => s, _ => new List<long>());
        const int rounds = 3000;
        for (var r = 0; r < rounds + 300; r++)
        {
            var code = clients[random.Next(clients.Count)].Code.Value;
            var t = new long[steps.Length + 1];
            t[0] = Stopwatch.GetTimestamp();
            _ = ledger.FindSnapshot();
            t[1] = Stopwatch.GetTimestamp();
            var client = ((ClientMatch.Found)index.Matcher.Match(code)).Client;
            t[2] = Stopwatch.GetTimestamp();
            var openItems = ledger.OpenItemsOf(client.Code);
            t[3] = Stopwatch.GetTimestamp();
            var orders = ledger.OrdersOf(client.Code);
            t[4] = Stopwatch.GetTimestamp();
            var payments = ledger.PaymentsOf(client.Code);
            t[5] = Stopwatch.GetTimestamp();
            var asOf = clock.Today;
            var exposure = Exposure.Of(client, openItems, orders, asOf);
            t[6] = Stopwatch.GetTimestamp();
            var behaviour = PaymentBehaviour.Of(payments, asOf, client.Currency);
            var lastPayment = payments.Where(p => p.Date <= asOf).MaxBy(p => p.Date);
            t[7] = Stopwatch.GetTimestamp();
            var card = ExposureCard.Render(new ExposureView(client, exposure, openItems, behaviour, lastPayment), TurnCulture.French);
            t[8] = Stopwatch.GetTimestamp();
            _ = ReplyJson(card);
            t[9] = Stopwatch.GetTimestamp();
            _ = ledger.OpenItemsOf(client.Code);
            t[10] = Stopwatch.GetTimestamp();
            if (r < 300)
            {
                continue;
            }

            for (var s = 0; s < steps.Length; s++)
            {
                times[steps[s]].Add(t[s + 1] - t[s]);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"exposure answer by code, step by step ({rounds} random clients; ms; snapshot = the LiteDB read ClientIndex.Matcher and PeopleDirectory do on every call; items again = the same client's open items read a second time)");
        Console.WriteLine($"{"step",-12} {"p50",7} {"p95",7} {"p99",7} {"mean",7}");
        foreach (var step in steps)
        {
            var sorted = times[step].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step,-12} {Ms(Percentile(sorted, 50)),7:F3} {Ms(Percentile(sorted, 95)),7:F3} {Ms(Percentile(sorted, 99)),7:F3} {Ms((long)sorted.Average()),7:F3}"));
        }
    }

    /// <summary>
    /// The cost of the first read of a client's packed documents is the query text: LedgerStore's former
    /// <c>Query.StartsWith("_id", code + "|")</c> is a new expression text per client, parsed and compiled by
    /// LiteDB (then cached by text). The same read with the parameterized expression it uses now, one text for all clients.
    /// </summary>
    private static void QueryShapes(IServiceProvider services, IReadOnlyList<Client> clients)
    {
        var items = services.GetRequiredService<CreditDatabase>().Database.GetCollection(LedgerStore.OpenItemsCollection);
        var shapes = new (string Name, Func<string, LiteDB.BsonExpression> Query)[]
        {
            ("Query.StartsWith(\"_id\", code + \"|\") (before)", code => LiteDB.Query.StartsWith("_id", code + "|")),
            ("BsonExpression.Create(\"_id LIKE @0\", code + \"|%\")", code => LiteDB.BsonExpression.Create("_id LIKE @0", code + "|%")),
            ("\"_id >= @0 AND _id < @1\" (code|, code})", code => LiteDB.BsonExpression.Create("_id >= @0 AND _id < @1", code + "|", code + "}")),
        };
        Console.WriteLine();
        Console.WriteLine("first read of a client's open items by query shape (ms; each shape on 1500 clients it has not read before)");
        var order = Enumerable.Range(0, clients.Count).OrderBy(i => (i * 7919) % clients.Count).ToList();
        for (var s = 0; s < shapes.Length; s++)
        {
            var times = new List<long>();
            var documents = 0;
            foreach (var i in order.Skip(s * 3000).Take(1500))
            {
                var t0 = Stopwatch.GetTimestamp();
                documents += items.Find(shapes[s].Query(clients[i].Code.Value)).Count();
                times.Add(Stopwatch.GetTimestamp() - t0);
            }

            var sorted = times.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{shapes[s].Name,-58} p50 {Ms(Percentile(sorted, 50)):F3}  p95 {Ms(Percentile(sorted, 95)):F3}  p99 {Ms(Percentile(sorted, 99)):F3}  mean {Ms((long)sorted.Average()):F3}  ({documents} documents)"));
        }
    }

    /// <summary>What a chat turn does besides answering: identify the sender, upsert the conversation reference.</summary>
    private static async Task TurnStoreWorkAsync(IServiceProvider services, PeopleDirectory people)
    {
        var references = services.GetRequiredService<ConversationReferenceStore>();
        var remember = new List<long>();
        var identify = new List<long>();
        for (var i = 0; i < 2300; i++)
        {
            var reference = new ConversationReference
            {
                ConversationId = $"bench-conv-{i % 16}",
                ServiceUrl = "http://127.0.0.1:9/",
                ChannelId = "msteams",
                ConversationType = "personal",
                TenantId = "load-tenant",
                UserId = $"load-user-{i % 16}",
            };
            var t0 = Stopwatch.GetTimestamp();
            references.Remember(reference);
            var t1 = Stopwatch.GetTimestamp();
            _ = await people.IdentifyAsync(new ChannelAccount { Id = $"load-user-{i % 16}", Name = "Load Tester" }, CancellationToken.None);
            var t2 = Stopwatch.GetTimestamp();
            if (i >= 300)
            {
                remember.Add(t1 - t0);
                identify.Add(t2 - t1);
            }
        }

        Console.WriteLine();
        Console.WriteLine("per-turn store work besides the answer (ms, 2000 after 300 warm-up, 16 conversations)");
        foreach (var (name, list) in new[] { ("ConversationReferenceStore.Remember (unchanged reference)", remember), ("PeopleDirectory.IdentifyAsync (no aadObjectId)", identify) })
        {
            var sorted = list.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-52} p50 {Ms(Percentile(sorted, 50)):F3}  p95 {Ms(Percentile(sorted, 95)):F3}  p99 {Ms(Percentile(sorted, 99)):F3}  mean {Ms((long)sorted.Average()):F3}"));
        }
    }

    /// <summary>load.mjs sends "&lt;text&gt; &lt;i&gt;": every i of the run must get the exposure card.</summary>
    private static void CheckLoadText(QuestionHandler handler, Person asker, Arguments options)
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.LoadCount; i++)
        {
            var text = $"{options.LoadText} {i}";
            var answer = handler.Respond(handler.Parse(text), asker, TurnCulture.English, text);
            kinds[answer.Kind] = kinds.GetValueOrDefault(answer.Kind) + 1;
            if (answer.ClientCode is { } code)
            {
                codes.Add(code);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"load text check: \"{options.LoadText} <i>\" for i in 0..{options.LoadCount - 1}: {Describe(kinds)}; clients {string.Join(", ", codes)}");
    }

    private static void Print(string kind, List<Sample> samples, Dictionary<string, int> answers)
    {
        var totals = samples.Select(s => s.Total).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-14} {Ms(Percentile(totals, 50)),7:F3} {Ms(Percentile(totals, 95)),7:F3} {Ms(Percentile(totals, 99)),7:F3} {Ms(totals[^1]),7:F2} {Ms((long)totals.Average()),7:F3} {Ms((long)samples.Average(s => s.Parse)),7:F3} {Ms((long)samples.Average(s => s.Respond)),8:F3} {Ms((long)samples.Average(s => s.Json)),6:F3} {samples.Average(s => s.Bytes) / 1024,5:F0}  {Describe(answers)}"));
    }

    private static string Describe(Dictionary<string, int> counts) =>
        string.Join(", ", counts.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"));

    private static long Percentile(List<long> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double Ms(long ticks) => ticks * 1000d / Stopwatch.Frequency;

    private sealed record Arguments(string? Db, int Clients, int Seed, DateOnly AsOf, int PerKind, int Warmup, string LoadText, int LoadCount)
    {
        public static Arguments Parse(string[] args)
        {
            var a = new Arguments(null, 10_000, 1, new DateOnly(2026, 11, 23), 2000, 300, "encours ACME Industrie", 20_200);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"missing value for {args[i]}");
                a = args[i] switch
                {
                    "--db" => a with { Db = Path.GetFullPath(Next()) },
                    "--clients" => a with { Clients = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--seed" => a with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--as-of" => a with { AsOf = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                    "--per-kind" => a with { PerKind = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--warmup" => a with { Warmup = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--load-text" => a with { LoadText = Next() },
                    "--load-count" => a with { LoadCount = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    _ => throw new ArgumentException($"unknown argument {args[i]}"),
                };
            }

            return a;
        }
    }
}
