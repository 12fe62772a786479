using System.Globalization;
using CreditBot.Ledger;
using CreditBot.Ledger.Csv;

namespace CreditBot.Tests.Ledger;

/// <summary>Amounts of the CSV sources, client master and orders: both conventions read exactly, the rest refused.</summary>
public class CsvAmountTests
{
    public static TheoryData<string, string, decimal> Read => new()
    {
        { "1.234,56", "en-US", 1234.56m },
        { "1,234.56", "en-US", 1234.56m },
        { "1.234,56", "fr-FR", 1234.56m },
        { "1,234.56", "fr-FR", 1234.56m },
        { "1 234,56", "en-US", 1234.56m },
        { "1\u00A0234,56", "en-US", 1234.56m },
        { "1\u202F234,56", "fr-FR", 1234.56m },
        { "-1.234.567,89", "en-US", -1234567.89m },
        { "1,234,567.89-", "fr-FR", -1234567.89m },
        { "(30,213.31)", "en-US", -30213.31m },
        { "12,50", "en-US", 12.50m },
        { "-500.00", "en-US", -500m },
        { "0,125", "en-US", 0.125m },
        { "1,234", "en-US", 1234m },
        { "1,234", "fr-FR", 1.234m },
        { "1.234", "en-US", 1.234m },
        { "1.234.567", "fr-FR", 1234567m },
        { "1234,567", "en-US", 1234.567m },
        { "30 213,31 €", "fr-FR", 30213.31m },
        { "42", "en-US", 42m },
    };

    [Theory]
    [MemberData(nameof(Read))]
    public void Both_conventions_are_read_exactly(string text, string culture, decimal expected)
    {
        Assert.True(CsvValues.TryParseAmount(text, CultureInfo.GetCultureInfo(culture), out var value, out var reason), reason);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1.234", "fr-FR")]
    [InlineData("1,23,4.5", "en-US")]
    [InlineData("1.234.56", "en-US")]
    [InlineData("1,234.567.8", "en-US")]
    [InlineData("12 34,56", "fr-FR")]
    [InlineData("1 234.567,89", "fr-FR")]
    [InlineData("12,", "en-US")]
    [InlineData("1O0,00", "en-US")]
    [InlineData("12.50 USD", "en-US")]
    [InlineData("--12", "en-US")]
    [InlineData("-", "en-US")]
    public void Ambiguous_and_garbage_amounts_are_refused(string text, string culture) =>
        Assert.False(CsvValues.TryParseAmount(text, CultureInfo.GetCultureInfo(culture), out _, out _));

    [Theory]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("1 234,56", 1234.56)]
    [InlineData("3 500,00", 3500)]
    [InlineData("50000,00", 50000)]
    [InlineData("10000.50", 10000.5)]
    [InlineData("0,125", 0.125)]
    public void Client_master_and_order_amounts_read_both_conventions(string text, double expected)
    {
        Assert.True(CsvValues.TryParsePlainAmount(text, out var value, out var reason), reason);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("50,000")]
    [InlineData("1.234.56")]
    public void A_lone_separator_before_three_digits_in_the_client_master_or_orders_is_ambiguous(string text) =>
        Assert.False(CsvValues.TryParsePlainAmount(text, out _, out _));

    [Fact]
    public async Task An_FBL5N_amount_with_a_dot_for_thousands_and_a_comma_for_decimals_is_stored_exactly()
    {
        // 9974700001: "12,000.50" becomes "1.234,56" → receivables 30 213,31 + 1 234,56 = 31 447,87.
        using var host = LedgerHost.Create();
        var export = Fixture.Text("fbl5n.csv").Replace("\"12,000.50\"", "\"1.234,56\"", StringComparison.Ordinal);

        var report = await host.ImportAsync("fbl5n", Fixture.Write(host.Folder, "fbl5n.csv", export));

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(1234.56m, host.Store.AllOpenItems().Single(i => i.Number == "9974700001").Amount.Amount);
        Assert.Equal(31447.87m, host.Store.AllOpenItems().Where(i => i.Open.Amount > 0).Sum(i => i.Open.Amount));
    }

    [Fact]
    public async Task A_garbage_FBL5N_amount_names_file_line_and_column_and_changes_nothing()
    {
        using var host = LedgerHost.Create();
        await host.ImportAsync("fbl5n", Fixture.Path("fbl5n.csv"));
        var before = host.Store.ComputeChecksum();
        var export = Fixture.Text("fbl5n.csv").Replace("\"12,000.50\"", "\"12.000.50\"", StringComparison.Ordinal);

        var report = await host.ImportAsync("fbl5n", Fixture.Write(host.Folder, "bad.csv", export));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("bad.csv", 6L, "Amount in Local Currency"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("12.000.50", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(before, host.Store.ComputeChecksum());
    }

    [Fact]
    public async Task An_ambiguous_order_amount_names_file_line_and_column()
    {
        using var host = LedgerHost.Create();
        var orders = Fixture.Write(host.Folder, "orders.csv", "Client,Number,Date,Amount\nC001,CMD-1,2024-05-01,\"1.234,56\"\nC002,CMD-2,2024-05-02,\"3.500\"\n");

        var report = await host.ImportAsync(new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))]) { Orders = LedgerInput.FromFile(orders) });

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("orders.csv", 3L, "Amount"), (problem.File, problem.Line, problem.Field));
        Assert.Contains("ambiguous", problem.Reason, StringComparison.Ordinal);
        Assert.True(host.Store.IsEmpty);
    }
}
