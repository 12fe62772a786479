using CreditBot.Bot;
using CreditBot.OrderBlocks;
using CreditBot.Questions;
using CreditBot.Users;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// The chat says what the order check does: the exposure card's "blocked orders" reasons and the pre-sale verdict use
/// the configured <c>OrderBlocks</c> rules (30 days of overdue tolerated as shipped), not the domain's strict defaults.
/// ACME's F002 (600 €) fell due on 29/2/2024: 20 days late on 20/3, 93 days on 1/6.
/// </summary>
public sealed class ChatAgreesWithTheBlockRulesTests
{
    private const string OverdueReason = "600,00 € à plus de 30 jours de retard sur 1 pièce";

    // The same reason under the strict rule (any overdue amount blocks), as the chat gave before.
    private const string StrictReason = "échus sur 1 pièce";

    [Fact]
    public async Task An_item_within_the_tolerance_blocks_nothing_in_the_chat_nor_in_the_check_and_one_beyond_it_does_in_both()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();
        var evaluator = harness.App.Get<OrderBlockEvaluator>();
        Assert.Equal(30, evaluator.Rules.OverdueDaysTolerance);

        var within = new DateOnly(2024, 3, 20);
        var beyond = new DateOnly(2024, 6, 1);

        Assert.Contains("Pas de blocage", Ask(harness, "acme bloqué ?", within), StringComparison.Ordinal);
        Assert.DoesNotContain(StrictReason, Ask(harness, "acme bloqué ?", within), StringComparison.Ordinal);
        Assert.Contains(OverdueReason, Ask(harness, "acme bloqué ?", beyond), StringComparison.Ordinal);
        Assert.DoesNotContain(StrictReason, Ask(harness, "puis-je vendre 1000 € à acme ?", within), StringComparison.Ordinal);
        Assert.DoesNotContain(OverdueReason, Ask(harness, "puis-je vendre 1000 € à acme ?", within), StringComparison.Ordinal);
        Assert.Contains(OverdueReason, Ask(harness, "puis-je vendre 1000 € à acme ?", beyond), StringComparison.Ordinal);
    }

    private static string Ask(BlockedOrderHarness harness, string text, DateOnly asOf)
    {
        var claire = new Person(OrderBlockFixtures.Claire, "claire.moreau@contoso.example", "Claire Moreau", new HashSet<Role> { Role.CreditManager }, "fr");
        var handler = harness.App.Get<QuestionHandler>();
        var answer = handler.Respond(handler.Parse(text), claire, TurnCulture.French, text, asOf);
        return CreditBot.Tests.Answers.FiguresTests.Spaced(CreditBot.Cards.CardText.Of(answer.Card!.ToNode()));
    }
}
