using System.Text.Json;
using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Questions;

/// <summary>
/// A DSO asked in the middle of a month: the month so far counts its days so far, for the DSO and for the best
/// possible DSO beside it alike. The ledger is METRICS.md's C2 (500, 700, 600, 400, 200 invoiced from September 2025
/// to January 2026, 400 paid unmatched) plus 1 000 invoiced on 3 February 2026; asked on 10 February, 30 days net:
/// <list type="bullet">
/// <item>receivables 3 000; count-back: February 1 000 (10 days so far), January 200 (31), December 400 (31),
/// November 600 (30), October 700 (31), then 100 of September's 500 (100 / 500 × 30 = 6): <b>139 days</b>;</item>
/// <item>not yet due: F05 (200, due 14 February) and F06 (1 000, due 5 March) = 1 200; count-back: February 1 000
/// (10 days), then January's 200 whole (31): <b>41 days</b> — counting February as a whole month (28 days) gave 59;</item>
/// <item>average days delinquent 139 − 41 = <b>98 days</b>.</item>
/// </list>
/// </summary>
public sealed class DsoInAMonthInProgressTests
{
    private const string CreditManager = "claire.moreau@contoso.example";

    [Fact]
    public async Task The_best_possible_dso_counts_the_days_of_the_month_so_far_as_the_dso_does()
    {
        using var folder = new TempFolder();
        var store = folder.File("store.db");
        var imported = await CreditBotCli.RunAsync("import", "fec", Fixture.Path("count-back-mid-month.txt"), "--as-of", "2026-02-10", "--db", store);
        Assert.Equal(0, imported.ExitCode);

        var asked = await CreditBotCli.RunAsync("ask", "dso", "--as", CreditManager, "--lang", "en", "--as-of", "2026-02-10", "--json", "--db", store);

        Assert.Equal(0, asked.ExitCode);
        var card = Text(asked.Output);
        Assert.Contains("receivables €3,000.00", card, StringComparison.Ordinal);
        Assert.Contains("\n139 days\n", card, StringComparison.Ordinal);
        Assert.Contains("\n41 days\n", card, StringComparison.Ordinal);
        Assert.Contains("\n98 days\n", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_s_dso_is_titled_with_the_client_s_name_not_as_the_asker_s_portfolio()
    {
        using var folder = new TempFolder();
        var store = folder.File("store.db");
        await CreditBotCli.RunAsync("import", "fec", Fixture.Path("count-back-mid-month.txt"), "--as-of", "2026-02-10", "--db", store);

        var english = Text((await CreditBotCli.RunAsync("ask", "dso of durand", "--as", CreditManager, "--as-of", "2026-02-10", "--json", "--db", store)).Output);
        var french = Text((await CreditBotCli.RunAsync("ask", "dso de durand", "--as", CreditManager, "--as-of", "2026-02-10", "--json", "--db", store)).Output);

        Assert.Contains("\nDSO of Durand Test SA\n", english, StringComparison.Ordinal);
        Assert.Contains("\n139 days\n", english, StringComparison.Ordinal);
        Assert.Contains("\nDSO de Durand Test SA\n", french, StringComparison.Ordinal);
        Assert.DoesNotContain("portfolio", english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("portefeuille", french, StringComparison.OrdinalIgnoreCase);
    }

    private static string Text(string json)
    {
        using var answer = JsonDocument.Parse(json);
        return string.Join("\n", CountBackLedgersWithUnappliedCashTests.Strings(answer.RootElement.GetProperty("card"))) + "\n";
    }
}
