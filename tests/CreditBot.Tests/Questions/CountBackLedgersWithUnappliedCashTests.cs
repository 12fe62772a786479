using System.Text.Json;
using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Questions;

/// <summary>
/// Hand-made FEC ledgers of METRICS.md's C2 count-back (Anaplan, calendar days): 500, 700, 600, 400 and 200 invoiced
/// from September 2025 to January 2026, 400 paid, so the customer account shows 2 000 at 31 January 2026 and the
/// count-back is 31 + 31 + 30 + 31 + 100 / 500 × 30 = 129 days. The payment is left unmatched, matched in part, or
/// matched after the cut-off; each goes through the real import and <c>ask --as-of</c>.
/// </summary>
public class CountBackLedgersWithUnappliedCashTests
{
    private const string CreditManager = "claire.moreau@contoso.example";

    [Theory]
    [InlineData("count-back-unlettered.txt")]
    [InlineData("count-back-partly-lettered.txt")]
    [InlineData("count-back-lettered-after-cut-off.txt")]
    public async Task The_dso_counts_back_the_account_balance_and_gives_the_published_129_days(string ledger)
    {
        using var folder = new TempFolder();
        var store = folder.File("store.db");
        var imported = await CreditBotCli.RunAsync("import", "fec", Fixture.Path(ledger), "--as-of", "2026-01-31", "--db", store);
        Assert.Equal(0, imported.ExitCode);

        var asked = await CreditBotCli.RunAsync("ask", "dso", "--as", CreditManager, "--lang", "en", "--as-of", "2026-01-31", "--json", "--db", store);

        Assert.Equal(0, asked.ExitCode);
        using var answer = JsonDocument.Parse(asked.Output);
        var card = string.Join("\n", Strings(answer.RootElement.GetProperty("card")));
        Assert.Contains("\n129 days\n", card, StringComparison.Ordinal);
        Assert.Contains("receivables €2,000.00", card, StringComparison.Ordinal);
        Assert.Contains("unapplied cash included", card, StringComparison.Ordinal);
        Assert.DoesNotContain("2,400.00", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_answer_states_the_date_it_is_computed_for_and_when_the_ledger_was_imported()
    {
        using var folder = new TempFolder();
        var store = folder.File("store.db");
        await CreditBotCli.RunAsync("import", "fec", Fixture.Path("count-back-unlettered.txt"), "--as-of", "2026-01-31", "--db", store);

        var english = await CreditBotCli.RunAsync("ask", "exposure durand", "--as", CreditManager, "--as-of", "2026-01-31", "--db", store);
        var french = await CreditBotCli.RunAsync("ask", "encours durand", "--as", CreditManager, "--as-of", "2026-01-31", "--db", store);

        Assert.Equal(0, english.ExitCode);
        Assert.Contains("Figures as of 31 Jan 2026; ledger last imported on ", Spaced(english.Output), StringComparison.Ordinal);
        Assert.Contains("(cut-off 31 Jan 2026)", Spaced(english.Output), StringComparison.Ordinal);
        Assert.Contains("Chiffres au 31 janv. 2026 ; grand livre importé le ", Spaced(french.Output), StringComparison.Ordinal);
        Assert.Contains("(arrêté au 31 janv. 2026)", Spaced(french.Output), StringComparison.Ordinal);
    }

    /// <summary>Every string of a card's JSON, in order (its text as a reader meets it).</summary>
    internal static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static string Spaced(string text) => CreditBot.Tests.Answers.FiguresTests.Spaced(text);
}
