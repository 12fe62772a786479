using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CreditBot.Hosting;

namespace CreditBot.Ledger;

/// <summary><c>creditbot import &lt;source&gt; &lt;files…&gt; [--clients F] [--orders F] [--items F] [--dry-run] [--as-of DATE] [--currency CODE] [--json]</c>.</summary>
public static class LedgerCommands
{
    public static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Import()
    {
        var source = new Argument<string>("source") { Description = "Ledger source: fec, csv, a CSV preset (fbl5n, business-central, erpnext, odoo, invoice-history) or a plugin key." };
        var files = new Argument<FileInfo[]>("files") { Description = "Ledger files (an FEC split in parts: every part).", Arity = ArgumentArity.OneOrMore };
        var clients = new Option<FileInfo?>("--clients") { Description = "Client master CSV (limits, terms, owners). Without it the stored master is kept." };
        var orders = new Option<FileInfo?>("--orders") { Description = "Open orders CSV. Without it the stored orders are kept." };
        var items = new Option<FileInfo?>("--items") { Description = "Open item status CSV (disputes, promises to pay, dunning levels)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and validate, write nothing." };
        var asOf = new Option<string?>("--as-of") { Description = "Cut-off date yyyy-MM-dd: later entries ignored, later matches still open." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var currency = new Option<string?>("--currency") { Description = "Currency (ISO 4217, e.g. USD) of the amounts in files that name none (default: the setting Ledger:SourceCurrencies:<source>, else Ledger:Currency)." };
        var command = new Command("import", "Import a ledger export into the store (all or nothing).")
        {
            source, files, clients, orders, items, dryRun, asOf, json, currency,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? cutOff = null;
            if (parse.GetValue(asOf) is { } asOfText)
            {
                if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--as-of: '{asOfText}' is not a date yyyy-MM-dd");
                    return 2;
                }

                cutOff = parsed;
            }

            if (parse.GetValue(currency) is { } code && !LedgerImporter.IsCurrencyCode(code))
            {
                await Console.Error.WriteLineAsync($"--currency: '{code}' is not a known ISO 4217 code (e.g. EUR, USD)");
                return 2;
            }

            var missing = (parse.GetValue(files) ?? []).Append(parse.GetValue(clients)).Append(parse.GetValue(orders)).Append(parse.GetValue(items))
                .Where(f => f is not null && !f.Exists).ToList();
            if (missing.Count > 0)
            {
                await Console.Error.WriteLineAsync($"File not found: {string.Join(", ", missing.Select(f => f!.FullName))}");
                return 2;
            }

            // The report (or its JSON) owns stdout; logs go to stderr.
            Environment.SetEnvironmentVariable("Logging__Console__LogToStandardErrorThreshold", "Trace");
            var databasePath = parse.GetValue(CreditBotCommandLine.DatabaseOption)?.FullName;
            var store = Path.GetFullPath(databasePath ?? StoragePath(), AppContext.BaseDirectory);
            string? throwaway = null;
            if (parse.GetValue(dryRun) && !File.Exists(store))
            {
                // A dry run writes nothing, not even an empty store: check against a throwaway one, as empty as the missing file.
                throwaway = Path.Combine(Path.GetTempPath(), $"creditbot-dry-run-{Guid.NewGuid():N}.db");
                databasePath = throwaway;
            }

            try
            {
                return await ImportAsync(parse, databasePath, source, files, clients, orders, items, dryRun, cutOff, json, parse.GetValue(currency), cancellationToken);
            }
            finally
            {
                if (throwaway is not null)
                {
                    File.Delete(throwaway);
                    File.Delete(Path.ChangeExtension(throwaway, null) + "-log.db");
                }
            }
        });
        return command;
    }

    private static string StoragePath()
    {
        using var host = CreditBotWebApp.BuildJobHost(null);
        return host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Storage.StorageOptions>>().Value.DatabasePath;
    }

    private static async Task<int> ImportAsync(
        ParseResult parse,
        string? databasePath,
        Argument<string> source,
        Argument<FileInfo[]> files,
        Option<FileInfo?> clients,
        Option<FileInfo?> orders,
        Option<FileInfo?> items,
        Option<bool> dryRun,
        DateOnly? cutOff,
        Option<bool> json,
        string? currency,
        CancellationToken cancellationToken)
    {
        using var host = CreditBotWebApp.BuildJobHost(databasePath);
        var importer = host.Services.GetRequiredService<LedgerImporter>();
        var request = new ImportRequest(parse.GetValue(source)!, [.. parse.GetValue(files)!.Select(f => LedgerInput.FromFile(f.FullName))])
        {
            ClientMaster = parse.GetValue(clients) is { } c ? LedgerInput.FromFile(c.FullName) : null,
            Orders = parse.GetValue(orders) is { } o ? LedgerInput.FromFile(o.FullName) : null,
            ItemStatus = parse.GetValue(items) is { } i ? LedgerInput.FromFile(i.FullName) : null,
            AsOf = cutOff,
            DryRun = parse.GetValue(dryRun),
            Currency = currency,
            RequestedBy = $"cli:{Environment.UserName}",
        };
        var report = await importer.ImportAsync(request, cancellationToken);
        await Console.Out.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(report, ReportJson) : report.ToText());
        return report.Succeeded ? 0 : 1;
    }
}
