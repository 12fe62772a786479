using CreditBot.Demo;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Questions;

/// <summary>
/// Refusals and empty answers through the real HTTP path on the demo ledger say what is really the matter: no client
/// is involved in a bare "DSO", someone without a role has no clients, an unknown business unit is unknown.
/// </summary>
public class RefusalsThatSayWhyTests
{
    private const string CreditManager = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";

    // Nobody in the test configuration, the directory or the demo client master: no role at all.
    private const string Stranger = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";

    private static readonly string Camille = DemoSalespeople.All.Single(p => p.Upn.StartsWith("camille", StringComparison.Ordinal)).ObjectId;

    private static Task<CreditBotApp> StartAsync() =>
        CreditBotApp.StartAsync(settings => settings["Storage:SeedDemoData"] = "true");

    [Theory]
    [InlineData("DSO", "fr-FR", "DSO de mon portefeuille")]
    [InlineData("dso", "en-US", "DSO of my portfolio")]
    public async Task A_salespersons_bare_dso_is_the_dso_of_their_portfolio(string text, string locale, string title)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, Camille);

        Assert.NotNull(reply.Card);
        Assert.StartsWith(title, reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("client", reply.Text ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DSO France", "fr-FR", "Les chiffres de l'entreprise, d'une BU ou d'un pays sont réservés aux credit managers.")]
    [InlineData("DSO BU Industrie", "en-US", "Company, business-unit and country figures are for credit managers.")]
    public async Task A_salesperson_asking_a_unit_or_country_dso_is_told_it_is_for_credit_managers_not_about_a_client(string text, string locale, string expected)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, Camille);

        Assert.Null(reply.Card);
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ce client", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("this client", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mes clients en retard", "fr-FR", "Vous n'avez pas encore de rôle dans CreditBot : aucun client ne vous est attribué.")]
    [InlineData("my overdue clients", "en-US", "You have no role in CreditBot yet, so no client is assigned to you.")]
    [InlineData("mes clients en dépassement", "fr-FR", "Vous n'avez pas encore de rôle dans CreditBot")]
    [InlineData("DSO", "en-US", "You have no role in CreditBot yet")]
    public async Task Someone_with_no_role_is_told_so_not_that_none_of_their_clients_is_late(string text, string locale, string expected)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, Stranger);

        Assert.Null(reply.Card);
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DSO BU Inexistante", "fr-FR", "Je ne connais pas de BU « Inexistante ». Les BU du fichier clients sont : Distribution, Industrie, Services.")]
    [InlineData("DSO business unit Nowhere", "en-US", "I know no business unit “Nowhere”. The business units of the client master are: Distribution, Industrie, Services.")]
    public async Task An_unknown_business_unit_is_named_with_the_known_ones(string text, string locale, string expected)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, CreditManager);

        Assert.Null(reply.Card);
        Assert.Equal(expected, Answers.FiguresTests.Spaced(reply.Text!));
    }

    [Fact]
    public async Task A_known_business_unit_still_gets_its_dso_card()
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync("DSO BU industrie", "fr-FR", CreditManager);

        Assert.NotNull(reply.Card);
        Assert.Contains("Industrie", reply.CardText, StringComparison.OrdinalIgnoreCase);
    }
}
