using System.Net;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Demo;
using CreditBot.Storage;
using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Questions;

/// <summary>
/// Questions through the real HTTP path: a signed activity in, the card out through the Connector.
/// The app seeds its deterministic demo ledger (as of the fake clock's day) on start.
/// </summary>
public class AskingInChatTests
{
    private const string CreditManager = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";

    // Camille Martin owns ACME Industrie SAS in the demo client master; Dupont et Fils is Julien Bernard's.
    private static readonly string Camille = DemoSalespeople.All.Single(p => p.Upn.StartsWith("camille", StringComparison.Ordinal)).ObjectId;

    private static Task<CreditBotApp> StartAsync() =>
        CreditBotApp.StartAsync(settings => settings["Storage:SeedDemoData"] = "true");

    [Theory]
    [InlineData("encours acme", "fr-FR", "Encours")]
    [InlineData("exposure ACME", "en-US", "Exposure")]
    [InlineData("encours acmee", "fr-FR", "Encours")]
    [InlineData("ACME est-il bloqué ?", "fr-FR", "Commandes bloquées")]
    [InlineData("is acme blocked?", "en-US", "Orders blocked")]
    public async Task A_salesperson_gets_the_exposure_card_of_their_client(string text, string locale, string expected)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, Camille);

        Assert.Contains("ACME Industrie SAS", reply.CardText, StringComparison.Ordinal);
        Assert.Contains(expected, reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typo_in_the_name_still_finds_the_client()
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync("encours Dupond", "fr-FR", CreditManager);

        Assert.Contains("Dupont et Fils SARL", reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_salespersons_client_gets_a_polite_refusal_and_no_figures()
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync("encours Dupont et Fils", "fr-FR", Camille);

        Assert.Null(reply.Card);
        Assert.Contains("Vous n'avez pas accès", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("€", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_without_a_role_sees_no_client()
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync("exposure acme", "en-US", "11111111-2222-3333-4444-555555555555");

        Assert.Null(reply.Card);
        Assert.Contains("can't see", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("fr-FR", "encours xyzzy", "Aucun client")]
    [InlineData("en-US", "exposure of xyzzy", "No client")]
    public async Task An_unknown_client_gets_a_not_found_card(string locale, string text, string expected)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, CreditManager);

        Assert.Contains(expected, reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambiguous_name_gets_a_choice_card_and_a_click_answers_for_the_client_picked()
    {
        await using var app = await StartAsync();
        var choice = await app.Teams.SayAsync("encours bonnet", "fr-FR", CreditManager);
        var button = FindExecuteAction(choice.Card!);
        Assert.NotNull(button);
        var data = button!["data"]!.AsObject();
        var click = ActivityBuilder.CardAction()
            .WithLocale("fr-FR")
            .WithFromAadObjectId(CreditManager)
            .WithCardAction((string)button["verb"]!, data.ToJsonString())
            .Build();

        var (status, body) = await app.Teams.InvokeAsync(click);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, (int?)body!["statusCode"]);
        Assert.Equal(Attachment.AdaptiveCardContentType, (string?)body["type"]);
        var clientName = app.Get<LedgerStore>().FindClient(new Domain.Clients.ClientCode((string)data["clientCode"]!))!.Name;
        Assert.Contains(clientName, body["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_locale_the_question_and_the_click_are_answered_in_the_askers_saved_language()
    {
        await using var app = await CreditBotApp.StartAsync(settings =>
        {
            settings["Storage:SeedDemoData"] = "true";
            settings["People:Directory:1:Language"] = "en"; // Claire Moreau, the credit manager
        });

        // A bare name has no words of either language: the saved preference decides.
        var exposure = await app.Teams.SayAsync("acme", locale: null, CreditManager);
        var choice = await app.Teams.SayAsync("bonnet", locale: null, CreditManager);
        var button = FindExecuteAction(choice.Card!)!;
        var click = ActivityBuilder.CardAction()
            .WithLocale(null)
            .WithFromAadObjectId(CreditManager)
            .WithCardAction((string)button["verb"]!, button["data"]!.ToJsonString())
            .Build();
        var (_, body) = await app.Teams.InvokeAsync(click);

        Assert.Contains("Exposure", exposure.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Encours", exposure.CardText, StringComparison.Ordinal);
        var answer = body!["value"]!.ToJsonString();
        Assert.Contains("Exposure", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Encours", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_click_on_a_choice_for_a_client_that_is_not_the_clickers_is_refused()
    {
        await using var app = await StartAsync();
        var dupont = app.Get<LedgerStore>().AllClients().Single(c => c.Name.StartsWith("Dupont et Fils", StringComparison.Ordinal));
        var forged = ActivityBuilder.CardAction()
            .WithFromAadObjectId(Camille)
            .WithCardAction("client.pick", new JsonObject { ["clientCode"] = dupont.Code.Value, ["question"] = "encours dupont" }.ToJsonString())
            .Build();

        var (_, body) = await app.Teams.InvokeAsync(forged);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body!["type"]);
        Assert.DoesNotContain("€", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mes clients en retard", "fr-FR", "Mes clients en retard")]
    [InlineData("my overdue clients", "en-US", "My overdue clients")]
    [InlineData("mes clients en dépassement", "fr-FR", "Mes clients en dépassement")]
    [InlineData("my clients over limit", "en-US", "My clients over their limit")]
    [InlineData("commandes bloquées", "fr-FR", "Commandes bloquées")]
    [InlineData("blocked orders", "en-US", "Blocked orders")]
    [InlineData("DSO de mon portefeuille", "fr-FR", "DSO de mon portefeuille")]
    [InlineData("DSO of my portfolio", "en-US", "DSO of my portfolio")]
    [InlineData("comportement de paiement d'ACME", "fr-FR", "Comportement de paiement de ACME Industrie SAS")]
    [InlineData("payment behaviour of ACME", "en-US", "Payment behaviour of ACME Industrie SAS")]
    [InlineData("puis-je vendre 50 k€ à ACME à 60 jours ?", "fr-FR", "Vendre ")]
    [InlineData("can I sell 20k€ to ACME at 45 days end of month?", "en-US", "Sell €20,000.00 to ACME")]
    [InlineData("coût d'un impayé de 10 000 € à 10 % de marge", "fr-FR", "Ce que coûte un impayé")]
    [InlineData("cost of a 10000 unpaid at 10% margin", "en-US", "What an unpaid invoice costs")]
    public async Task Every_question_kind_gets_its_card_in_the_askers_language(string text, string locale, string title)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, Camille);

        Assert.NotNull(reply.Card);
        Assert.Equal("1.5", (string?)reply.Card["version"]);
        Assert.StartsWith(title, reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "statut facture {0}", "Échéance")]
    [InlineData("en-US", "invoice status {0}", "Due")]
    public async Task An_invoice_number_gets_the_invoice_card(string locale, string template, string expected)
    {
        await using var app = await StartAsync();
        var invoice = app.Get<LedgerStore>().AllOpenItems().First(i => i.Kind == Domain.Receivables.OpenItemKind.Invoice);

        var reply = await app.Teams.SayAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, invoice.Number), locale, CreditManager);

        Assert.Contains(invoice.Number, reply.CardText, StringComparison.Ordinal);
        Assert.Contains(expected, reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "statut facture {0}", "Dues de plein droit (la facture est en retard)", "S2 2026", "n'est pas en retard")]
    [InlineData("en-US", "invoice status {0}", "Due by law (the invoice is late)", "H2 2026", "not late")]
    public async Task An_invoice_late_only_in_a_half_year_without_its_ecb_rate_is_said_to_be_late(
        string locale, string template, string late, string halfYear, string notLate)
    {
        // No LatePayment:Rates: the shipped table stops at H1 2026, and the app's clock is 23 Nov 2026.
        await using var app = await StartAsync();
        var asOf = DateOnly.FromDateTime(CreditBotApp.DefaultNow.UtcDateTime);
        var invoice = app.Get<LedgerStore>().AllOpenItems().First(i =>
            i.Kind == Domain.Receivables.OpenItemKind.Invoice && i.Open.IsPositive && i.DueDate >= new DateOnly(2026, 6, 30) && i.DueDate < asOf.AddDays(-30));

        var reply = await app.Teams.SayAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, invoice.Number), locale, CreditManager);

        Assert.Contains(invoice.Number, reply.CardText, StringComparison.Ordinal);
        Assert.Contains(late, reply.CardText, StringComparison.Ordinal);
        Assert.Contains(halfYear, reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(notLate, reply.CardText, StringComparison.Ordinal);
        Assert.Contains("40", reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("puis-je vendre 50 k€ à ACME à 400 jours", "fr-FR", "400 jours", "Dépassé de 3", "60 jours après la date de facture ou 45 jours fin de mois")]
    [InlineData("can I sell 50k€ to ACME at 400 days?", "en-US", "400 days", "Beyond by 3", "60 days after the invoice date")]
    public async Task Terms_beyond_the_legal_cap_are_read_as_terms_and_said_to_exceed_it(string text, string locale, string terms, string beyond, string cap)
    {
        await using var app = await StartAsync();

        var reply = await app.Teams.SayAsync(text, locale, Camille);

        Assert.NotNull(reply.Card);
        Assert.Contains("ACME Industrie SAS", reply.CardText, StringComparison.Ordinal);
        Assert.Contains(terms, Answers.FiguresTests.Spaced(reply.CardText), StringComparison.Ordinal);
        Assert.Contains(beyond, Answers.FiguresTests.Spaced(reply.CardText), StringComparison.Ordinal);
        Assert.Contains(cap, reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_and_the_chat_give_the_hand_worked_exposure_of_the_fixture_ledger()
    {
        // Ledger/Fixtures fec-basic.txt + clients.csv + orders.csv, ACME (C001), worked by hand (see FecSourceTests):
        // F001 1 200 settled by the 1 200 transfer of 1/2/2024; F002 600 open, due 29/2/2024 (45 days then end of
        // month), so overdue by more than 90 days on both the CLI's and the app's clock; order CMD-001 12 000, not a
        // prepayment. Exposure 600 + 12 000 = 12 600; limit 50 000 → headroom 37 400, 12 600 / 50 000 = 25,2 % used;
        // insurer cover 40 000 ≥ 12 600 → nothing uninsured; the limit review date 31/12/2024 has passed, and with
        // the overdue item that makes two block reasons.
        string[][] expected =
        [
            ["Exposure", "€12,600.00", "€600.00 open receivables + €12,000.00 uninvoiced orders"],
            ["Orders blocked: 2 reasons"],
            ["Credit limit", "review date passed (31 Dec 2024)", "€50,000.00"],
            ["Headroom", "25% of the limit used", "€37,400.00"],
            ["Insurer cover", "uninsured: €0.00", "€40,000.00"],
            ["Overdue", "1 item · oldest over 90 days", "€600.00"],
            ["Last payment", "on 1 Feb 2024", "€1,200.00"],
            ["Over 90 days · 1 item", "€600.00", "Total open", "€600.00"],
        ];
        using var folder = new TempFolder();
        var store = folder.File("fixture.db");
        var imported = await CreditBotCli.RunAsync(
            "import", "fec", Fixture.Path("fec-basic.txt"), "--clients", Fixture.Path("clients.csv"), "--orders", Fixture.Path("orders.csv"), "--db", store);
        Assert.Equal(0, imported.ExitCode);

        var cli = await CreditBotCli.RunAsync("ask", "exposure acme", "--as", "claire.moreau@contoso.example", "--lang", "en", "--db", store);
        string[] chat;
        await using (var app = await CreditBotApp.StartAsync(settings => settings["Storage:DatabasePath"] = store))
        {
            var reply = await app.Teams.SayAsync("exposure acme", "en-US", CreditManager);
            chat = [.. CreditBot.Cards.CardText.Lines(reply.Card).Select(Answers.FiguresTests.Spaced)];
        }

        Assert.Equal(0, cli.ExitCode);
        var cliLines = cli.Output.ReplaceLineEndings("\n").Split('\n').Select(Answers.FiguresTests.Spaced).ToArray();
        Assert.All(expected, block => Assert.True(ContainsRun(cliLines, block), $"CLI answer lacks: {string.Join(" / ", block)}\n{cli.Output}"));
        Assert.All(expected, block => Assert.True(ContainsRun(chat, block), $"Chat card lacks: {string.Join(" / ", block)}\n{string.Join("\n", chat)}"));
    }

    private static bool ContainsRun(string[] lines, string[] run) =>
        Enumerable.Range(0, Math.Max(0, lines.Length - run.Length + 1)).Any(i => run.Select((line, j) => lines[i + j] == line).All(same => same));

    private static JsonNode? FindExecuteAction(JsonNode node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "Action.Execute" => obj,
        JsonObject obj => obj.Select(p => p.Value is null ? null : FindExecuteAction(p.Value)).FirstOrDefault(n => n is not null),
        JsonArray array => array.Select(n => n is null ? null : FindExecuteAction(n)).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
