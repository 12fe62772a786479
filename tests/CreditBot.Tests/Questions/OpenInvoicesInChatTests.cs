using CreditBot.Demo;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Questions;

/// <summary>
/// A salesperson's questions before calling a client, through the real HTTP path on the demo ledger: the client's open
/// invoices, not the payment-behaviour card, and only for the salesperson's own clients.
/// </summary>
public class OpenInvoicesInChatTests
{
    // Camille Martin owns ACME Industrie SAS in the demo client master (its invoice FA000032 is left unpaid); Dupont et Fils is Julien Bernard's.
    private static readonly string Camille = DemoSalespeople.All.Single(p => p.Upn.StartsWith("camille", StringComparison.Ordinal)).ObjectId;

    private static Task<CreditBotApp> StartAsync() =>
        CreditBotApp.StartAsync(settings => settings["Storage:SeedDemoData"] = "true");

    [Theory]
    [InlineData("factures impayées de acme", "fr-FR", "Factures ouvertes", "Chiffres au")]
    [InlineData("overdue invoices of ACME", "en-US", "Open invoices", "Figures as of")]
    public async Task A_salesperson_gets_the_open_invoices_of_their_client(string text, string locale, string title, string footer)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, Camille);

        Assert.Contains(title, reply.CardText, StringComparison.Ordinal);
        Assert.Contains("ACME Industrie SAS (C00001)", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("FA000032", reply.CardText, StringComparison.Ordinal);
        Assert.Contains(footer, reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_salespersons_client_gets_a_polite_refusal_and_no_figures()
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync("factures ouvertes de Dupont et Fils", "fr-FR", Camille);

        Assert.Null(reply.Card);
        Assert.Contains("Vous n'avez pas accès", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("€", reply.Text, StringComparison.Ordinal);
    }
}
