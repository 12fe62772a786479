using System.Diagnostics;
using System.Globalization;
using CreditBot.Demo;
using CreditBot.Domain;
using CreditBot.Ledger;
using CreditBot.Ledger.Fec;

// In-process parse benchmark of the FEC source (no store): time, lines/s and bytes allocated per line for
// generated ledgers of about 10 k, 100 k and 1 M lines. The end-to-end import (process, store, peak RSS,
// awk baseline) is bench/ledger-import.sh.
// Usage: dotnet run -c Release --project tests/CreditBot.Benchmarks [lines...]
// With `questions` first: the question benchmark instead (QuestionBenchmark.cs, bench/questions.sh).
// With `orders` first: an ERP calling POST /api/orders/check at c = 16 (OrderCheckBenchmark.cs).
if (args.Length > 0 && args[0] == "orders")
{
    Environment.ExitCode = await CreditBot.Benchmarks.OrderCheckBenchmark.RunAsync(args[1..]);
    return;
}

// With `digests` first: composing every digest of a 10 000-client store (DigestBenchmark.cs).
if (args.Length > 0 && args[0] == "digests")
{
    Environment.ExitCode = await CreditBot.Benchmarks.DigestBenchmark.RunAsync(args[1..]);
    return;
}

// With `delivery` first: the outbox dispatcher against the loopback Connector enforcing Teams' limits (DeliveryBenchmark.cs).
if (args.Length > 0 && args[0] == "delivery")
{
    Environment.ExitCode = await CreditBot.Benchmarks.DeliveryBenchmark.RunAsync(args[1..]);
    return;
}

// With `digest-delivery` first: the daily digest of 1 000 credit managers on 10 000 clients, made as the scheduler makes it
// and delivered to the loopback Connector enforcing Teams' limits (DigestDeliveryBenchmark.cs, bench/digest-delivery.sh).
if (args.Length > 0 && args[0] == "digest-delivery")
{
    Environment.ExitCode = await CreditBot.Benchmarks.DigestDeliveryBenchmark.RunAsync(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "questions")
{
    Environment.ExitCode = await CreditBot.Benchmarks.QuestionBenchmark.RunAsync(args[1..]);
    return;
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000, 1_000_000];
var asOf = new DateOnly(2026, 11, 23);
var folder = Path.Combine(Path.GetTempPath(), "creditbot-parse-bench-" + Guid.NewGuid().ToString("N"));
try
{
    Console.WriteLine($"{"lines",10} {"parse_s",8} {"lines/s",10} {"us/line",8} {"alloc_B/line",13} {"open_items",10} {"payments",9}");
    foreach (var target in sizes)
    {
        var files = DemoLedgerGenerator.Write(Path.Combine(folder, target.ToString(CultureInfo.InvariantCulture)), new DemoSettings((target + 162) / 163, 1, asOf));
        var source = new FecSource(new FecOptions());
        var input = LedgerInput.FromFile(files.Ledger);
        source.Read([input], new LedgerReadContext(asOf, Currency.Eur), CancellationToken.None);
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var batch = source.Read([input], new LedgerReadContext(asOf, Currency.Eur), CancellationToken.None);
        watch.Stop();
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{batch.LinesRead,10} {seconds,8:F2} {batch.LinesRead / seconds,10:F0} {seconds * 1e6 / batch.LinesRead,8:F2} {bytes / (double)batch.LinesRead,13:F0} {batch.OpenItems.Count,10} {batch.Payments.Count,9}"));
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}
