using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Receivables;

namespace CreditBot.Tests.Answers;

public class CostOfUnpaidCardTests
{
    [Fact]
    public void Ten_thousand_lost_at_ten_percent_needs_a_hundred_thousand_of_sales()
    {
        var cost = CostOfUnpaid.Of(Money.Eur(10_000m), 0.10m);

        var french = CostOfUnpaidCard.Data(cost, TurnCulture.French);
        var english = CostOfUnpaidCard.Data(cost, TurnCulture.English);

        Assert.Equal(Figures.Money(Money.Eur(100_000m), TurnCulture.French), CardData.Value(french, "figures", "CA à réaliser pour le compenser"));
        Assert.Equal("€100,000.00", CardData.Value(english, "figures", "Sales needed to earn it back"));
        Assert.Equal("10%", CardData.Value(english, "figures", "Margin rate"));
        Assert.Equal("You need €100,000.00 of new sales to earn back €10,000.00 lost at a 10% margin.", (string?)english["headline"]);
    }

    [Fact]
    public void No_margin_means_no_amount_of_sales_compensates()
    {
        var data = CostOfUnpaidCard.Data(CostOfUnpaid.Of(Money.Eur(10_000m), 0m), TurnCulture.English);

        Assert.Equal("impossible", CardData.Value(data, "figures", "Sales needed to earn it back"));
        Assert.Equal("At a zero or negative margin, no amount of new sales earns the loss back.", (string?)data["headline"]);
    }
}
