using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Orders;

namespace CreditBot.Tests.Answers;

public class PreSaleCardTests
{
    private static readonly DateOnly AsOf = AnswerSamples.AsOf;

    private static readonly Client Client = new()
    {
        Code = new ClientCode("C0001"),
        Name = "Dupont SA",
        Limit = new CreditLimit(Money.Eur(50_000m)),
    };

    private static PreSaleView View(decimal order, PaymentTerms terms)
    {
        var item = AnswerSamples.Item("F-1", AsOf.AddDays(-10), AsOf.AddDays(20), 12_000m, 12_000m) with { Client = Client.Code };
        var proposed = new Order { Client = Client.Code, Number = "SIMULATION", Date = AsOf, Amount = Money.Eur(order) };
        return new PreSaleView(
            Client,
            Exposure.Of(Client, [item], [], AsOf),
            proposed,
            BlockRules.Evaluate(Client, [item], [], proposed, AsOf),
            MaximumTerms.Check(terms));
    }

    [Fact]
    public void Within_the_limit_and_the_legal_cap_the_answer_is_yes_with_the_headroom_left()
    {
        var view = View(20_000m, new PaymentTerms(60));

        var data = PreSaleCard.Data(view, TurnCulture.English);

        Assert.Equal(PreSaleVerdict.Ok, PreSaleCard.Verdict(view));
        Assert.Equal("good", (string?)data["verdictStyle"]);
        Assert.Equal("€18,000.00", CardData.Value(data, "figures", "Headroom after the order"));
        Assert.Equal("€32,000.00", CardData.Value(data, "figures", "Exposure with the order"));
        Assert.Equal("60 days", CardData.Value(data, "terms", "Proposed"));
        Assert.Equal("Within the cap", CardData.Value(data, "terms", "Legal cap"));
        Assert.Equal("22 Jan 2027", FiguresTests.Spaced(CardData.Value(data, "terms", "Latest legal due date")!));
        Assert.False((bool)data["hasReasons"]!);
    }

    [Fact]
    public void Above_the_limit_the_order_needs_approval_and_the_excess_is_stated()
    {
        var view = View(45_000m, new PaymentTerms(45, PaymentTermsBasis.EndOfMonthThenDays));

        var data = PreSaleCard.Data(view, TurnCulture.French);

        Assert.Equal(PreSaleVerdict.NeedsApproval, PreSaleCard.Verdict(view));
        Assert.Equal(Figures.Money(Money.Eur(7_000m), TurnCulture.French), CardData.Value(data, "figures", "Dépassement de limite"));
        Assert.Equal(
            [BlockReasonText.Describe(view.Decision.Reasons.Single(), TurnCulture.French)],
            CardData.Texts(data, "reasons"));
        Assert.Equal("fin de mois + 45 jours", FiguresTests.Spaced(CardData.Value(data, "terms", "Proposé")));
    }

    [Fact]
    public void Terms_beyond_the_legal_cap_are_flagged_with_the_worst_case_dates()
    {
        var view = View(1_000m, new PaymentTerms(90));

        var data = PreSaleCard.Data(view, TurnCulture.English);

        Assert.Equal(PreSaleVerdict.TermsBeyondLegalCap, PreSaleCard.Verdict(view));
        var cap = CardData.Row(data, "terms", "Legal cap");
        // At worst net 90 is 30 days beyond the 60-day cap of L441-10 (see the date below).
        Assert.Equal("Beyond by 30 days", (string?)cap["value"]);
        Assert.Equal("Attention", (string?)cap["color"]);
        // The cap is the later of 60 days and 45 days end of month (stipulated by default, reading (a)). From the
        // scan's first invoice date, 1/1/2024, 45 days end of month gives 1/31 + 45 = 3/16/2024, later than 60 days
        // until 1/16/2024 + 60 = 3/16/2024: that is the first invoice date where net 90 (4/15) is 30 days beyond.
        Assert.Equal("16 Mar 2024", FiguresTests.Spaced(CardData.Value(data, "terms", "Latest legal due date")));
    }

    [Fact]
    public void Overdue_items_would_block_the_order_and_every_reason_is_listed()
    {
        var view = AnswerSamples.AcmePreSale;

        var data = PreSaleCard.Data(view, TurnCulture.English);

        Assert.Equal(PreSaleVerdict.WouldBlock, PreSaleCard.Verdict(view));
        Assert.Equal("This order would be blocked.", (string?)data["verdict"]);
        Assert.Equal(view.Decision.Reasons.Select(reason => BlockReasonText.Describe(reason, TurnCulture.English)), CardData.Texts(data, "reasons"));
        Assert.Contains("Exposure €57,145.67 + this order €50,000.00 = €107,145.67, above the limit of €50,000.00 by €57,145.67.", CardData.Texts(data, "reasons"));
    }
}
