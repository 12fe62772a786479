using System.Globalization;
using CreditBot.Company;
using CreditBot.OrderBlocks;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;
using A = CreditBot.Texts.AnswerTexts;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// An order asked about by its number through the real chat path: a blocked one says whose decision it waits for and
/// since when; one in the order book and not blocked says so, with its amount and date; an unknown number says where
/// it was looked for; a salesperson asking about another's client's order is refused with no figure.
/// </summary>
public sealed class WhereIsMyOrderTests
{
    private const string Hugo = "0f0e0d0c-0000-4000-8000-0000000000aa";

    private static Task<BlockedOrderHarness> StartAsync() =>
        BlockedOrderHarness.StartAsync(new()
        {
            ["People:Directory:3:Roles:1"] = "Salesperson",
            ["People:Directory:4:ObjectId"] = Hugo,
            ["People:Directory:4:Name"] = "Hugo Petit",
            ["People:Directory:4:Upn"] = "hugo.petit@contoso.example",
            ["People:Directory:4:Roles:0"] = "Salesperson",
        });

    [Theory]
    [InlineData("où en est ma commande CMD-001 ?", "fr-FR")]
    [InlineData("la commande cmd-001 est-elle bloquée ?", "fr-FR")]
    [InlineData("order CMD-001", "en-US")]
    [InlineData("is CMD-001 blocked?", "en-US")]
    public async Task A_blocked_order_asked_by_its_number_says_whose_decision_it_waits_for_and_since_when(string text, string locale)
    {
        await using var harness = await StartAsync();
        var culture = CultureInfo.GetCultureInfo(locale);
        var block = harness.Blocks.Find(AcmeOrder)!;

        var reply = await harness.App.Teams.SayAsync(text, locale, Camille);

        var since = T.Format("orders.since", culture, BlockedOrderCard.When(block.BlockedAt, culture, harness.App.Get<CompanyClock>().Zone));
        var lines = reply.CardText.Split('\n');
        Assert.Equal(T.Format("order.title", culture, "CMD-001"), lines[0]);
        Assert.Equal(["ACME Industrie SAS", T.Format("state.pending", culture, "Claire Moreau, Bruno Lambert") + since], lines[1..3]);
        Assert.Contains(CreditBot.Answers.Figures.Money(block.OrderAmount, culture), reply.CardText, StringComparison.Ordinal);
        Assert.NotEmpty(block.Reasons);
        Assert.All(block.Reasons, reason => Assert.Contains("• " + CreditBot.Answers.BlockReasonText.Describe(reason, culture), lines));
    }

    [Theory]
    [InlineData("commande CMD-002", "fr-FR")]
    [InlineData("status of order cmd-002", "en-US")]
    public async Task An_order_of_the_order_book_that_is_not_blocked_says_so_with_its_amount_and_date(string text, string locale)
    {
        await using var harness = await StartAsync();
        var culture = CultureInfo.GetCultureInfo(locale);

        var reply = await harness.App.Teams.SayAsync(text, locale, Camille);

        var lines = reply.CardText.Split('\n');
        Assert.Equal([T.Format("order.title", culture, "CMD-002"), "Dupont et Fils SARL", T.Get("order.not-blocked-state", culture)], lines[..3]);
        Assert.Contains(CreditBot.Answers.Figures.Money(CreditBot.Domain.Money.Eur(3_500m), culture), reply.CardText, StringComparison.Ordinal);
        Assert.Contains(CreditBot.Answers.Figures.Date(new DateOnly(2024, 5, 22), culture), reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order CMD-999", "en-US", "order.not-found")]
    [InlineData("commande CMD-999", "fr-FR", "order.not-found")]
    [InlineData("CMD-2026-0456", "en-US", "reply.invoice-or-order-not-found")]
    [InlineData("où en est CMD-2026-0456 ?", "fr-FR", "reply.invoice-or-order-not-found")]
    public async Task An_unknown_number_says_it_was_found_neither_among_orders_nor_invoices(string text, string locale, string key)
    {
        await using var harness = await StartAsync();
        var culture = CultureInfo.GetCultureInfo(locale);
        var number = text.Contains("999", StringComparison.Ordinal) ? "CMD-999" : "CMD-2026-0456";

        var reply = await harness.App.Teams.SayAsync(text, locale, Camille);

        var expected = key.StartsWith("order.", StringComparison.Ordinal) ? T.Format(key, culture, number) : A.Format(key, culture, number);
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order CMD-001", "en-US")]
    [InlineData("commande CMD-002", "fr-FR")]
    public async Task A_salesperson_asking_about_another_salespersons_order_is_refused_with_no_figure(string text, string locale)
    {
        await using var harness = await StartAsync();

        var reply = await harness.App.Teams.SayAsync(text, locale, Hugo);

        Assert.Equal(CreditBot.Answers.PlainReplies.Refusal(CultureInfo.GetCultureInfo(locale)), reply.Text);
        Assert.Null(reply.Card);
    }

    [Fact]
    public async Task The_approval_card_dates_the_order_by_the_order_book_not_by_the_day_it_was_blocked()
    {
        await using var harness = await StartAsync();
        var french = CultureInfo.GetCultureInfo("fr-FR");

        var card = harness.CardTo(Claire)!;

        using var document = System.Text.Json.JsonDocument.Parse(card.Payload);
        var text = CreditBot.Cards.CardText.Of(System.Text.Json.Nodes.JsonNode.Parse(document.RootElement.GetProperty("attachments")[0].GetProperty("content").GetRawText()));
        Assert.Contains(T.Format("fig.order-note", french, "CMD-001", CreditBot.Answers.Figures.Date(new DateOnly(2024, 5, 20), french)), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("encours acme", "fr-FR")]
    [InlineData("exposure ACME", "en-US")]
    public async Task A_rejected_order_no_longer_counts_in_the_clients_exposure(string text, string locale)
    {
        await using var harness = await StartAsync();
        var culture = CultureInfo.GetCultureInfo(locale);
        var ledger = harness.App.Get<CreditBot.Storage.LedgerStore>();
        var acme = ledger.FindClient(new CreditBot.Domain.Clients.ClientCode("C001"))!;
        var today = harness.App.Get<CompanyClock>().Today;
        var withOrder = CreditBot.Domain.Exposures.Exposure.Of(acme, ledger.OpenItemsOf(acme.Code), ledger.OrdersOf(acme.Code), today).Exposure;
        var without = CreditBot.Domain.Exposures.Exposure.Of(acme, ledger.OpenItemsOf(acme.Code), [], today).Exposure;
        Assert.Equal(12_000m, (withOrder - without).Amount);
        var before = await harness.App.Teams.SayAsync(text, locale, Claire);
        Assert.Contains(CreditBot.Answers.Figures.Money(withOrder, culture), before.CardText, StringComparison.Ordinal);

        var rejected = await harness.InvokeAsync(harness.Click(BlockedOrderCard.RejectVerb, Claire, BlockedOrderHarness.Data(AcmeOrder, 1, "\"rejectReason\":\"reject.risk\"")));
        Assert.True(rejected.IsCard, rejected.Body?.ToJsonString());
        var after = await harness.App.Teams.SayAsync(text, locale, Claire);

        Assert.Contains(CreditBot.Answers.Figures.Money(without, culture), after.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(CreditBot.Answers.Figures.Money(withOrder, culture), after.CardText, StringComparison.Ordinal);
    }
}
