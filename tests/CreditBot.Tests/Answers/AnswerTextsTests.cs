using System.Globalization;
using CreditBot.Answers;
using CreditBot.Bot;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Tests.Answers;

public class AnswerTextsTests
{
    [Fact]
    public void Refusal_and_not_understood_are_sentences_without_figures()
    {
        foreach (var culture in new[] { TurnCulture.French, TurnCulture.English })
        {
            Assert.DoesNotContain(PlainReplies.Refusal(culture), char.IsDigit);
            Assert.DoesNotContain(PlainReplies.NotUnderstood(culture), char.IsDigit);
        }

        Assert.Equal("You can't see this client's figures. Ask the credit manager.", PlainReplies.Refusal(TurnCulture.English));
        Assert.Equal("I found no invoice numbered F-2024-0042.", PlainReplies.InvoiceNotFound("F-2024-0042", TurnCulture.English));
    }

    [Fact]
    public void Every_domain_key_a_card_can_show_has_a_text()
    {
        string[] keys =
        [
            "block.overdue", "block.no-credit-line", "block.limit-not-yet-valid", "block.limit-exceeded", "block.review-date-passed", "block.manual",
            "exposure.definition.receivables-plus-orders", "exposure.definition.receivables-plus-orders-without-disputes",
            "penalty.refused.missing-ecb-rate", "penalty.refused.missing-legal-rate",
            "terms.within-legal-cap", "terms.beyond-legal-cap",
        ];

        Assert.All(keys, key => Assert.Contains(key, T.Catalog.Keys(CultureInfo.InvariantCulture)));
    }
}
