using System.Diagnostics;
using System.Text.Json;
using CreditBot.Ledger;

namespace CreditBot.Tests.Ledger;

/// <summary>
/// What an import assumes, said in its report: the currency of amounts that carry none (a setting or the request's
/// <c>--currency</c>), and the totals a user checks first. The fixture is the IBM invoice history shape (dollars):
/// 611365 55.94 settled before its due date, 7900770 61.74 settled 6 days late, 9231909 65.88 open.
/// </summary>
public class ImportAssumptionsTests
{
    private static ImportRequest History(string? currency = null) =>
        new("invoice-history", [LedgerInput.FromFile(Fixture.Path("invoice-history.csv"))]) { Currency = currency };

    [Fact]
    public async Task A_history_in_dollars_is_read_in_dollars_when_the_import_says_so_and_the_report_states_it()
    {
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync(History("USD"));

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(("USD", "the import request (--currency)"), (report.Currency, report.CurrencyFrom));
        Assert.All(host.Store.AllOpenItems(), item => Assert.Equal("USD", item.Open.Currency.Code));
        Assert.All(host.Store.AllPayments(), payment => Assert.Equal("USD", payment.Amount.Currency.Code));
        Assert.All(host.Store.AllClients(), client => Assert.Equal("USD", client.Currency.Code));
        Assert.Contains("amounts without a currency of their own read as USD (the import request (--currency))", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_currency_the_report_names_the_setting_it_assumed()
    {
        using var host = LedgerHost.Create(new() { ["Ledger:Currency"] = "EUR" });

        var report = await host.ImportAsync(History());

        Assert.Equal(("EUR", "the setting Ledger:Currency"), (report.Currency, report.CurrencyFrom));
        Assert.Contains("read as EUR (the setting Ledger:Currency; another with --currency)", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_whose_currency_is_set_is_read_in_it_and_the_report_names_the_setting()
    {
        using var host = LedgerHost.Create(new() { ["Ledger:Currency"] = "EUR", ["Ledger:SourceCurrencies:invoice-history"] = "usd" });

        var report = await host.ImportAsync(History());
        var other = await host.ImportAsync("fec", Fixture.Path("fec-basic.txt"));

        Assert.Equal(("USD", "the setting Ledger:SourceCurrencies:invoice-history"), (report.Currency, report.CurrencyFrom));
        Assert.All(host.Store.AllOpenItems(), item => Assert.Equal("EUR", item.Open.Currency.Code));
        Assert.Equal(("EUR", "the setting Ledger:Currency"), (other.Currency, other.CurrencyFrom));
    }

    [Fact]
    public async Task A_currency_that_is_not_an_ISO_code_fails_the_import_and_writes_nothing()
    {
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync(History("dollars"));

        Assert.Equal(ImportStatus.Failed, report.Status);
        Assert.Equal("currency", Assert.Single(report.Problems).Field);
        Assert.True(host.Store.IsEmpty);
    }

    [Fact]
    public async Task The_report_gives_invoiced_open_and_settled_late_totals()
    {
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync(History("USD"));

        Assert.Equal(
            new ImportTotals
            {
                InvoicedCount = 3,
                InvoicedAmount = 183.56m,
                OpenCount = 1,
                OpenAmount = 65.88m,
                SettledCount = 2,
                SettledAmount = 117.68m,
                SettledLateCount = 1,
                SettledLateAmount = 61.74m,
            },
            report.Totals);
        Assert.Contains("invoiced 3 invoices 183.56 USD; open 1 item 65.88 USD; settled 2 invoices 117.68 USD, of which late 1 invoice 61.74 USD", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_verb_takes_the_currency_as_an_option()
    {
        using var host = LedgerHost.Create();
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "creditbot.dll"), "import", "invoice-history", Fixture.Path("invoice-history.csv"), "--currency", "USD", "--json", "--db", host.DatabasePath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await errors);
        using var json = JsonDocument.Parse(await output);
        Assert.Equal("USD", json.RootElement.GetProperty("currency").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("totals").GetProperty("settledLateCount").GetInt32());
    }
}
