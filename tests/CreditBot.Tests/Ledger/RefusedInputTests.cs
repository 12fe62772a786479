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
}
