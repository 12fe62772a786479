using CreditBot.Domain;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger;

namespace CreditBot.Tests.Ledger;

/// <summary>Each preset on a small hand-made export; figures worked out by hand in each test.</summary>
public class CsvSourceTests
{
    private static readonly Dictionary<string, string?> FrenchMap = new()
    {
        ["Ledger:CsvMaps:csv:Culture"] = "fr-FR",
        ["Ledger:CsvMaps:csv:DateFormats:0"] = "dd/MM/yyyy",
        ["Ledger:CsvMaps:csv:Client"] = "Client",
        ["Ledger:CsvMaps:csv:ClientName"] = "Nom",
        ["Ledger:CsvMaps:csv:Number"] = "Facture",
        ["Ledger:CsvMaps:csv:IssueDate"] = "Date",
        ["Ledger:CsvMaps:csv:DueDate"] = "Echeance",
        ["Ledger:CsvMaps:csv:Amount"] = "Montant",
        ["Ledger:CsvMaps:csv:Disputed"] = "Litige",
    };

    private static decimal Receivables(LedgerHost host) => host.Store.AllOpenItems().Where(i => i.Open.Amount > 0).Sum(i => i.Open.Amount);

    private static decimal Credits(LedgerHost host) => host.Store.AllOpenItems().Where(i => i.Open.Amount < 0).Sum(i => i.Open.Amount);

    [Fact]
    public async Task Sap_FBL5N_skips_subtotal_rows_and_reads_US_numbers_and_dates()
    {
        // 198609: DR 30 213,31 + DG −1 250,00 (subtotal row 28 963,31 skipped); 200100: DZ −500,00 unapplied,
        // DR 12 000,50 (subtotal 11 500,50 skipped). Receivables 42 213,81; credits −1 750,00; one payment of 500.
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync("fbl5n", Fixture.Path("fbl5n.csv"));

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(4, report.Counts.OpenItems);
        Assert.Equal(42213.81m, Receivables(host));
        Assert.Equal(-1750m, Credits(host));
        Assert.Equal(500m, host.Store.AllPayments().Single().Amount.Amount);
        var item = host.Store.AllOpenItems().Single(i => i.Number == "9974698958");
        Assert.Equal((new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 26), false), (item.IssueDate, item.DueDate, item.DueDateComputed));
        Assert.Equal(OpenItemKind.CreditNote, host.Store.AllOpenItems().Single(i => i.Number == "9974698959").Kind);
        Assert.Equal(4, report.DueDatesFromSource);
    }

    [Fact]
    public async Task Business_Central_takes_the_remaining_amount_of_open_entries()
    {
        // Open: 103001 4 500, 103002 800 (of 2 000), credit memo 104001 −300. 103003 is closed (Open = No);
        // the payment 2026-PAY-01 (1 200) is a settlement. Sales: 10000 Jan 6 500 EUR; 20000 Jan 1 000 USD, Feb −300 EUR.
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync("business-central", Fixture.Path("business-central.csv"));

        Assert.Equal(3, report.Counts.OpenItems);
        Assert.Equal(5300m, Receivables(host));
        Assert.Equal(-300m, Credits(host));
        Assert.Equal(1200m, host.Store.AllPayments().Single().Amount.Amount);
        Assert.Equal("Adatum Corporation", host.Store.FindClient(new("10000"))!.Name);
        Assert.Contains(host.Store.AllMonthlySales(), s => s.Sales == new Money(1000m, new Currency("USD")));
        Assert.Equal(6500m, host.Store.MonthlySalesOf(new("10000")).Single().Sales.Amount);
    }

    [Fact]
    public async Task ERPNext_takes_the_outstanding_amount_and_skips_the_total_row()
    {
        // 680 (1 180 invoiced − 500 paid) + 2 360 = 3 040 INR; the total row has no voucher.
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync("erpnext", Fixture.Path("erpnext.csv"));

        Assert.Equal(2, report.Counts.OpenItems);
        Assert.Equal(3040m, Receivables(host));
        Assert.All(host.Store.AllOpenItems(), i => Assert.Equal("INR", i.Open.Currency.Code));
    }

    [Fact]
    public async Task Odoo_keeps_receivable_lines_with_a_residual()
    {
        // 707100 line skipped (not a 411 account). Open: INV/2026/00001 1 500, BNK1/2026/00007 −400 (unapplied).
        // INV/2026/00002 and its payment have residual 0. Payments: 960 and 400.
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync("odoo", Fixture.Path("odoo.csv"));

        Assert.Equal(2, report.Counts.OpenItems);
        Assert.Equal(1500m, Receivables(host));
        Assert.Equal(-400m, Credits(host));
        Assert.Equal([400m, 960m], host.Store.AllPayments().Select(p => p.Amount.Amount).Order());
    }

    [Fact]
    public async Task Invoice_history_turns_settled_invoices_into_payments()
    {
        // 611365 settled 15/1 (55,94) and 7900770 settled 3/3 (61,74) are payments; 9231909 65,88 is open.
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync("invoice-history", Fixture.Path("invoice-history.csv"));

        Assert.Equal(65.88m, host.Store.AllOpenItems().Single().Open.Amount);
        Assert.Equal(2, report.Counts.Payments);
        var payment = host.Store.AllPayments().Single(p => p.AllocatedTo == "611365");
        Assert.Equal((new DateOnly(2013, 1, 15), new DateOnly(2013, 2, 1)), (payment.Date, payment.ItemDueDate));
    }

    [Fact]
    public async Task Invoice_history_as_of_a_past_date_keeps_later_settlements_open()
    {
        // As of 28/2/2013: 7900770 (settled 3/3, disputed) is still open; 9231909 (issued 3/7) does not exist yet.
        using var host = LedgerHost.Create();

        await host.ImportAsync(new ImportRequest("invoice-history", [LedgerInput.FromFile(Fixture.Path("invoice-history.csv"))]) { AsOf = new DateOnly(2013, 2, 28) });

        var item = host.Store.AllOpenItems().Single();
        Assert.Equal(("7900770", 61.74m, true), (item.Number, item.Open.Amount, item.Disputed));
    }

    [Fact]
    public async Task A_mapped_French_CSV_reads_spaces_as_thousands_and_day_first_dates()
    {
        // "30 213,31" + "1 234,56" (narrow no-break space) = 31 447,87; AV-1 −1 000,00; F-2 disputed.
        using var host = LedgerHost.Create(FrenchMap);

        var report = await host.ImportAsync("csv", Fixture.Path("french.csv"));

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(31447.87m, Receivables(host));
        Assert.Equal(-1000m, Credits(host));
        Assert.True(host.Store.AllOpenItems().Single(i => i.Number == "F-2").Disputed);
        Assert.Equal(new DateOnly(2025, 9, 26), host.Store.AllOpenItems().Single(i => i.Number == "F-1").IssueDate);
    }

    [Fact]
    public async Task A_Latin_9_CSV_is_detected_and_decoded()
    {
        using var host = LedgerHost.Create(FrenchMap);
        var text = File.ReadAllText(Fixture.Path("french.csv")).Replace("ACME Industrie SAS", "Société Générale d'Équipement", StringComparison.Ordinal).Replace("\u202f", " ", StringComparison.Ordinal);
        var path = Fixture.WriteBytes(host.Folder, "latin9.csv", TextEncodingDetector.Latin9.GetBytes(text));

        var report = await host.ImportAsync("csv", path);

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal("Société Générale d'Équipement", host.Store.FindClient(new("C001"))!.Name);
    }

    [Fact]
    public async Task A_bad_date_in_a_CSV_names_the_line_and_the_column()
    {
        using var host = LedgerHost.Create();
        var path = Fixture.Write(host.Folder, "fbl5n.csv", File.ReadAllText(Fixture.Path("fbl5n.csv")).Replace("8/15/2025", "15/8/2025", StringComparison.Ordinal));

        var report = await host.ImportAsync("fbl5n", path);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("fbl5n.csv", 6L, "Document Date"), (problem.File, problem.Line, problem.Field));
        Assert.True(host.Store.IsEmpty);
    }

    [Fact]
    public async Task A_CSV_without_a_mapped_column_is_refused_at_the_header()
    {
        using var host = LedgerHost.Create();

        var report = await host.ImportAsync("fbl5n", Fixture.Path("erpnext.csv"));

        Assert.Contains(report.Problems, p => p.Line == 1 && p.Field == "Document Number");
    }
}
