using CreditBot.Ledger;

namespace CreditBot.Tests.Ledger;

/// <summary>
/// Inputs an import must refuse, each after a good import into a real store: the report names file, line and
/// field, and the store is left as it was (same checksum, one run).
/// </summary>
public class RefusedInputTests
{
    private static ImportRequest Basic() =>
        new("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))])
        {
            ClientMaster = LedgerInput.FromFile(Fixture.Path("clients.csv")),
            Orders = LedgerInput.FromFile(Fixture.Path("orders.csv")),
        };

    private static string FirstLine(string fixture) => Fixture.Text(fixture).Split('\n')[0].TrimEnd('\r') + "\r\n";

    /// <summary>Imports fec-basic with its master and orders, runs <paramref name="refused"/>, checks the store did not change.</summary>
    private static async Task<ImportProblem> RefusedAsync(Func<LedgerHost, Task<ImportReport>> refused)
    {
        using var host = LedgerHost.Create();
        Assert.Equal(ImportStatus.Imported, (await host.ImportAsync(Basic())).Status);
        var before = host.Store.ComputeChecksum();

        var report = await refused(host);

        Assert.Equal(ImportStatus.Failed, report.Status);
        Assert.Equal(before, host.Store.ComputeChecksum());
        Assert.Equal(1, host.Runs.Count());
        Assert.Equal(5, host.Store.AllOpenItems().Count);
        return Assert.Single(report.Problems);
    }

    [Fact]
    public async Task An_FEC_with_only_its_header_is_refused_and_the_receivables_stay()
    {
        var problem = await RefusedAsync(host => host.ImportAsync("fec", Fixture.Write(host.Folder, "headeronly.txt", FirstLine("fec-basic.txt"))));

        Assert.Equal(("headeronly.txt", 1L, "header"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("no entry line", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_FEC_part_with_only_its_header_is_refused_even_beside_a_good_part()
    {
        var problem = await RefusedAsync(host => host.ImportAsync("fec", Fixture.Path("fec-part1.txt"), Fixture.Write(host.Folder, "part2.txt", FirstLine("fec-part2.txt") + "\r\n")));

        Assert.Equal(("part2.txt", 1L, "header"), (problem.File, problem.Line, problem.Field));
    }

    [Theory]
    [InlineData("fbl5n", "fbl5n.csv")]
    [InlineData("business-central", "business-central.csv")]
    [InlineData("erpnext", "erpnext.csv")]
    [InlineData("odoo", "odoo.csv")]
    [InlineData("invoice-history", "invoice-history.csv")]
    public async Task An_ERP_export_with_only_its_header_is_refused(string source, string fixture)
    {
        var problem = await RefusedAsync(host => host.ImportAsync(source, Fixture.Write(host.Folder, "export.csv", FirstLine(fixture))));

        Assert.Equal(("export.csv", 1L, "header"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("no data row", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_FBL5N_export_with_only_subtotal_rows_is_refused()
    {
        var content = FirstLine("fbl5n.csv") + "198609,,,,,,,\"28,963.31\",,\r\n200100,,,,,,,\"11,500.50\",,\r\n";

        var problem = await RefusedAsync(host => host.ImportAsync("fbl5n", Fixture.Write(host.Folder, "fbl5n.csv", content)));

        Assert.Equal(("fbl5n.csv", 1L, "header"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("subtotals", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_master_with_only_its_header_is_refused()
    {
        var problem = await RefusedAsync(host => host.ImportAsync(Basic() with
        {
            ClientMaster = LedgerInput.FromFile(Fixture.Write(host.Folder, "clients.csv", FirstLine("clients.csv"))),
            Orders = null,
        }));

        Assert.Equal(("clients.csv", 1L, "header"), (problem.File, problem.Line, problem.Field));
    }

    private static string ClientsWithCurrency(string code) => $"Code;Name;CreditLimit;Currency\nC001;ACME Industrie SAS;50000;EUR\nC002;Dupont et Fils SARL;10000;{code}\n";

    [Theory]
    [InlineData("XYZ")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("XXX")]
    public async Task A_client_currency_that_is_no_ISO_4217_code_is_refused_with_its_line(string code)
    {
        var problem = await RefusedAsync(host => host.ImportAsync(Basic() with
        {
            ClientMaster = LedgerInput.FromFile(Fixture.Write(host.Folder, "clients.csv", ClientsWithCurrency(code))),
        }));

        Assert.Equal(("clients.csv", 3L, "Currency"), (problem.File, problem.Line, problem.Field));
        Assert.Contains(code, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("usd")]
    public async Task A_client_in_a_real_foreign_currency_still_imports(string code)
    {
        using var host = LedgerHost.Create();
        var clients = Fixture.Write(host.Folder, "clients.csv", ClientsWithCurrency(code));

        var report = await host.ImportAsync(Basic() with { ClientMaster = LedgerInput.FromFile(clients) });

        Assert.Equal(ImportStatus.Imported, report.Status);
        var dupont = host.Store.FindClient(new("C002"))!;
        Assert.Equal("USD", dupont.Currency.Code);
        Assert.Equal(new CreditBot.Domain.Money(10000m, new CreditBot.Domain.Currency("USD")), dupont.Limit!.Amount);
    }

    [Fact]
    public async Task An_order_currency_that_is_no_ISO_4217_code_is_refused_not_read_as_euros()
    {
        var orders = "Client,Number,Date,Amount,Currency\nC001,CMD-001,2024-05-20,12000.00,EUR\nC002,CMD-002,2024-05-22,3500.00,US$\n";

        var problem = await RefusedAsync(host => host.ImportAsync(Basic() with { Orders = LedgerInput.FromFile(Fixture.Write(host.Folder, "orders.csv", orders)) }));

        Assert.Equal(("orders.csv", 3L, "Currency"), (problem.File, problem.Line, problem.Field));
    }

    [Fact]
    public async Task An_ERP_export_currency_that_is_no_ISO_4217_code_is_refused()
    {
        var export = Fixture.Text("business-central.csv").Replace(",1/15/2026,2/14/2026,,", ",1/15/2026,2/14/2026,ABC,", StringComparison.Ordinal);

        var problem = await RefusedAsync(host => host.ImportAsync("business-central", Fixture.Write(host.Folder, "bc.csv", export)));

        Assert.Equal(("bc.csv", 2L, "Currency Code"), (problem.File, problem.Line, problem.Field));
    }

    [Fact]
    public async Task An_import_currency_that_is_no_ISO_4217_code_is_refused()
    {
        var problem = await RefusedAsync(host => host.ImportAsync(Basic() with { Currency = "XYZ" }));

        Assert.Equal("currency", problem.Field);
    }

    public static TheoryData<string, string, long, string> BadOrders => new()
    {
        { "negative amount", "Client,Number,Date,Amount\nC001,CMD-1,2024-05-01,100\nC002,CMD-2,2024-05-02,-200\n", 3, "Amount" },
        { "zero amount", "Client,Number,Date,Amount\nC001,CMD-1,2024-05-01,0,00\n", 2, "Amount" },
        { "unknown client", "Client,Number,Date,Amount\nC001,CMD-1,2024-05-01,100\nZZZ,CMD-2,2024-05-02,200\n", 3, "Client" },
        { "duplicate number", "Client;Number;Date;Amount\nC001;CMD-1;2024-05-01;100\nC002;CMD-1;2024-05-01;100\nC001;CMD-1;2024-05-03;300\n", 4, "Number" },
    };

    [Theory]
    [MemberData(nameof(BadOrders))]
    public async Task A_bad_order_row_is_refused_with_its_line_and_column(string defect, string orders, long line, string field)
    {
        var problem = await RefusedAsync(host => host.ImportAsync(Basic() with { Orders = LedgerInput.FromFile(Fixture.Write(host.Folder, "orders.csv", orders)) }));

        Assert.Equal(("orders.csv", line, field), (problem.File, problem.Line, problem.Field));
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason), defect);
    }

    [Fact]
    public async Task A_client_master_row_without_a_name_is_refused()
    {
        var problem = await RefusedAsync(host => host.ImportAsync(Basic() with
        {
            ClientMaster = LedgerInput.FromFile(Fixture.Write(host.Folder, "clients.csv", "Code;Name;CreditLimit\nC001;ACME Industrie SAS;50000\nC002;;10000\n")),
        }));

        Assert.Equal(("clients.csv", 3L, "Name"), (problem.File, problem.Line, problem.Field));
    }

    public static TheoryData<string, string, string, long, string> BadFbl5nRows => new()
    {
        { "due before issue", "DR,9/26/2025,10/26/2025", "DR,9/26/2025,8/26/2025", 2, "Net Due Date" },
        { "unknown document type", "DR,9/26/2025,10/26/2025", "XX,9/26/2025,10/26/2025", 2, "Document Type" },
        { "blank document type", "DR,9/26/2025,10/26/2025", ",9/26/2025,10/26/2025", 2, "Document Type" },
        { "duplicate document", "200100,9974700001,,DR", "198609,9974698958,,DR", 6, "Document Number" },
    };

    [Theory]
    [MemberData(nameof(BadFbl5nRows))]
    public async Task A_bad_FBL5N_row_is_refused_with_its_line_and_column(string defect, string from, string to, long line, string field)
    {
        var export = Fixture.Text("fbl5n.csv").Replace(from, to, StringComparison.Ordinal);
        var problem = await RefusedAsync(host => host.ImportAsync("fbl5n", Fixture.Write(host.Folder, "fbl5n.csv", export)));

        Assert.Equal(("fbl5n.csv", line, field), (problem.File, problem.Line, problem.Field));
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason), defect);
    }
}
