using System.Globalization;
using CreditBot.Company;
using CreditBot.OrderBlocks;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// "is ACME blocked?" from ACME's salesperson (Camille) through the real chat path: the exposure card with its block
/// reasons as before, and under it where CMD-001 stands in the block store: waiting for whom since when, then
/// released, released with conditions or rejected by whom, when and why, in the language of the question.
/// </summary>
public sealed class IsMyOrderBlockedTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static Task<BlockedOrderHarness> StartAsync() =>
        BlockedOrderHarness.StartAsync(new() { ["People:Directory:3:Roles:1"] = "Salesperson" });

    private static string When(BlockedOrderHarness harness, DateTimeOffset at, CultureInfo culture) =>
        BlockedOrderCard.When(at, culture, harness.App.Get<CompanyClock>().Zone);

    private static string Line(CultureInfo culture, string amount, string state) =>
        "• " + T.Format("orders.line", culture, "CMD-001", amount, state);

    [Theory]
    [InlineData("commande acme bloquée ?", "fr-FR")]
    [InlineData("acme bloqué ?", "fr-FR")]
    [InlineData("is ACME blocked?", "en-US")]
    public async Task A_pending_order_says_who_has_it_and_since_when_under_the_exposure_and_its_reasons(string text, string locale)
    {
        await using var harness = await StartAsync();
        var culture = CultureInfo.GetCultureInfo(locale);
        var blockedAt = harness.Blocks.Find(AcmeOrder)!.BlockedAt;

        var reply = await harness.App.Teams.SayAsync(text, locale, Camille);

        var card = reply.CardText;
        Assert.StartsWith("ACME Industrie SAS", card, StringComparison.Ordinal);
        Assert.Contains(locale == "fr-FR" ? "Commandes bloquées" : "Orders blocked", card, StringComparison.Ordinal);
        Assert.Contains(T.Get("orders.title", culture), card, StringComparison.Ordinal);
        var amount = locale == "fr-FR" ? "12 000,00 €" : "€12,000.00";
        Assert.Contains(
            Line(culture, CreditBot.Answers.Figures.Money(CreditBot.Domain.Money.Eur(12_000m), culture), T.Format("state.pending", culture, "Claire Moreau, Bruno Lambert") + T.Format("orders.since", culture, When(harness, blockedAt, culture))),
            card,
            StringComparison.Ordinal);
        Assert.Contains(amount, card.Replace('\u00A0', ' ').Replace('\u202F', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_order_says_who_rejected_it_when_and_why()
    {
        await using var harness = await StartAsync();
        harness.App.Time.Advance(TimeSpan.FromHours(2));
        var rejected = await harness.InvokeAsync(harness.Click(
            BlockedOrderCard.RejectVerb, Claire, BlockedOrderHarness.Data(AcmeOrder, 1, "\"rejectReason\":\"reject.risk\"")));
        Assert.True(rejected.IsCard, rejected.Body?.ToJsonString());

        var english = await harness.App.Teams.SayAsync("is ACME blocked?", "en-US", Camille);
        var french = await harness.App.Teams.SayAsync("acme bloqué ?", "fr-FR", Camille);

        var at = harness.Blocks.Find(AcmeOrder)!.Decision!.At;
        Assert.Contains(Line(English, "€12,000.00", T.Format("state.rejected", English, "Claire Moreau", When(harness, at, English), "Risk too high")), english.CardText, StringComparison.Ordinal);
        Assert.Contains(
            Line(French, CreditBot.Answers.Figures.Money(CreditBot.Domain.Money.Eur(12_000m), French), T.Format("state.rejected", French, "Claire Moreau", When(harness, at, French), "Risque trop élevé")),
            french.CardText,
            StringComparison.Ordinal);
        Assert.DoesNotContain(T.Format("state.pending", English, "Claire Moreau, Bruno Lambert"), english.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order.release", "is ACME blocked?", "en-US")]
    [InlineData("order.release", "acme bloqué ?", "fr-FR")]
    [InlineData("order.release-conditions", "is ACME blocked?", "en-US")]
    [InlineData("order.release-conditions", "commande acme bloquée ?", "fr-FR")]
    public async Task A_released_order_says_who_released_it_when_and_on_which_condition(string verb, string text, string locale)
    {
        await using var harness = await StartAsync();
        var culture = CultureInfo.GetCultureInfo(locale);
        var extra = verb == BlockedOrderCard.ConditionsVerb ? "\"condition\":\"AgainstPrepayment\"" : string.Empty;
        var released = await harness.InvokeAsync(harness.Click(verb, Claire, BlockedOrderHarness.Data(AcmeOrder, 1, extra)));
        Assert.True(released.IsCard, released.Body?.ToJsonString());

        var reply = await harness.App.Teams.SayAsync(text, locale, Camille);

        var at = When(harness, harness.Blocks.Find(AcmeOrder)!.Decision!.At, culture);
        var state = verb == BlockedOrderCard.ConditionsVerb
            ? T.Format("state.released-conditions", culture, "Claire Moreau", at, T.Get("condition.AgainstPrepayment", culture))
            : T.Format("state.released", culture, "Claire Moreau", at);
        Assert.Contains(Line(culture, CreditBot.Answers.Figures.Money(CreditBot.Domain.Money.Eur(12_000m), culture), state), reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dupont est-il bloqué ?", "fr-FR")]
    [InlineData("is Dupont blocked?", "en-US")]
    public async Task A_client_with_no_order_in_the_block_store_says_so(string text, string locale)
    {
        await using var harness = await StartAsync();

        var reply = await harness.App.Teams.SayAsync(text, locale, Camille);

        Assert.StartsWith("Dupont et Fils SARL", reply.CardText, StringComparison.Ordinal);
        Assert.Contains(T.Get("orders.none", CultureInfo.GetCultureInfo(locale)), reply.CardText, StringComparison.Ordinal);
    }
}
