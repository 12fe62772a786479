using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Questions;

/// <summary>
/// A DSO over a scope with no sales is a plain answer, in chat and on the command line, never an apology or an abort;
/// a business unit no client belongs to is said to be unknown (with the known ones), not to have no sales.
/// </summary>
public class DsoWithoutSalesTests
{
    private const string CreditManager = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";
    private const string Camille = "3f1c7a52-6b0e-4d2a-9c41-0a7e5b8d2f01";

    [Theory]
    [InlineData("DSO de mon portefeuille", "fr-FR", "Aucune vente dans ce périmètre sur la période (les 12 mois jusqu'au 23 nov. 2026) : pas de DSO à calculer.")]
    [InlineData("DSO of my portfolio", "en-US", "No sales in this scope over the period (the 12 months to 23 Nov 2026): there is no DSO to compute.")]
    public async Task Someone_with_no_clients_asking_the_dso_of_their_portfolio_gets_a_plain_answer(string text, string locale, string expected)
    {
        await using var app = await CreditBotApp.StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, Camille);

        Assert.Null(reply.Card);
        Assert.Equal(expected, Answers.FiguresTests.Spaced(reply.Text!));
    }

    [Theory]
    [InlineData("DSO BU Chimie", "fr-FR", "Je ne connais pas de BU « Chimie ». Les BU du fichier clients sont :")]
    [InlineData("DSO business unit Chemicals", "en-US", "I know no business unit “Chemicals”. The business units of the client master are:")]
    [InlineData("DSO Italie", "fr-FR", "Aucune vente dans ce périmètre")]
    [InlineData("DSO Italy", "en-US", "No sales in this scope")]
    public async Task A_unit_or_country_with_no_client_gets_a_plain_answer_while_the_company_has_sales(string text, string locale, string expected)
    {
        await using var app = await CreditBotApp.StartAsync(settings => settings["Storage:SeedDemoData"] = "true");

        var reply = await app.Teams.SayAsync(text, locale, CreditManager);

        Assert.Null(reply.Card);
        Assert.StartsWith(expected, Answers.FiguresTests.Spaced(reply.Text!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DSO de mon portefeuille", "camille.martin@contoso.example", "fr", "Aucune vente dans ce périmètre")]
    [InlineData("DSO BU Chimie", "claire.moreau@contoso.example", "en", "I know no business unit “Chimie”: the client master gives no client a business unit.")]
    [InlineData("DSO Italie", "claire.moreau@contoso.example", "fr", "Aucune vente dans ce périmètre")]
    public async Task Creditbot_ask_prints_the_plain_answer_and_exits_0(string question, string asker, string language, string expected)
    {
        // A ledger with sales (the fixture FEC without its client master): none in Chemicals or Italy, none in Camille's name.
        using var folder = new TempFolder();
        var store = folder.File("fixture.db");
        var imported = await CreditBotCli.RunAsync("import", "fec", Fixture.Path("fec-basic.txt"), "--db", store);
        Assert.True(imported.ExitCode == 0, $"import exit {imported.ExitCode}: {imported.Error}");

        var asked = await CreditBotCli.RunAsync("ask", question, "--as", asker, "--lang", language, "--db", store);

        Assert.True(asked.ExitCode == 0, $"exit {asked.ExitCode}: {asked.Error}");
        Assert.StartsWith(expected, asked.Output, StringComparison.Ordinal);
    }
}
