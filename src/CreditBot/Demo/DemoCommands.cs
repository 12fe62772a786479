using System.CommandLine;
using System.Globalization;
using CreditBot.Company;
using CreditBot.Hosting;
using CreditBot.Ledger;
using CreditBot.OrderBlocks;
using CreditBot.Storage;

namespace CreditBot.Demo;

/// <summary><c>creditbot demo [--clients N] [--seed S] [--months M] [--as-of DATE] [--out DIR] [--import]</c>.</summary>
public static class DemoCommands
{
    public static Command Demo()
    {
        var clients = new Option<int>("--clients") { Description = "Number of clients.", DefaultValueFactory = _ => 300 };
        var seed = new Option<int>("--seed") { Description = "Random seed: same seed and date, same files.", DefaultValueFactory = _ => 42 };
        var months = new Option<int>("--months") { Description = "Months of history.", DefaultValueFactory = _ => 18 };
        var asOf = new Option<string?>("--as-of") { Description = "Last day of the ledger, yyyy-MM-dd (default: today)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the files.", DefaultValueFactory = _ => new DirectoryInfo("demo-ledger") };
        var import = new Option<bool>("--import") { Description = "Import the files into the store afterwards." };
        var command = new Command("demo", "Write a realistic demo ledger (FEC, client master, orders, item status).")
        {
            clients, seed, months, asOf, output, import,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Messages own stdout; logs go to stderr.
            Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
            using var host = CreditBotWebApp.BuildJobHost(parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName);
            var cutOff = host.Services.GetRequiredService<CompanyClock>().Today;
            if (parse.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out cutOff))
            {
                await Console.Error.WriteLineAsync($"--as-of: '{text}' is not a date yyyy-MM-dd");
                return 2;
            }

            if (parse.GetValue(clients) is < 1 or > 100_000)
            {
                await Console.Error.WriteLineAsync("--clients: between 1 and 100000");
                return 2;
            }

            var settings = new DemoSettings(parse.GetValue(clients), parse.GetValue(seed), cutOff, Math.Clamp(parse.GetValue(months), 1, 60));
            var files = DemoLedgerGenerator.Write(parse.GetValue(output)!.FullName, settings);
            await Console.Out.WriteLineAsync($"Wrote {files.Ledger} ({files.LedgerLines} lines), {files.Clients}, {files.Orders}, {files.ItemStatus} as of {cutOff:yyyy-MM-dd}.");
            if (!parse.GetValue(import))
            {
                return 0;
            }

            var report = await host.Services.GetRequiredService<LedgerImporter>().ImportAsync(DemoLedgerGenerator.Request(files, cutOff, $"cli:{Environment.UserName}"), cancellationToken);
            await Console.Out.WriteLineAsync(report.ToText());
            if (!report.Succeeded)
            {
                return 1;
            }

            var history = ActivatorUtilities.CreateInstance<DemoBlockHistory>(host.Services).Add(cutOff, settings.Seed);
            await Console.Out.WriteLineAsync($"Added {history} past blocked orders, decided, over the {DemoBlockHistory.Days} days before {cutOff:yyyy-MM-dd} (block statistics).");
            var book = DemoBook.Read(host.Services.GetRequiredService<LedgerStore>(), host.Services.GetRequiredService<IOrderBlockStore>(), cutOff);
            await Console.Out.WriteLineAsync(book.ToText());
            return 0;
        });
        return command;
    }
}
