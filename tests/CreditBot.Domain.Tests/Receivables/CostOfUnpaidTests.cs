using CreditBot.Domain.Receivables;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Receivables;

public class CostOfUnpaidTests
{
    [Fact]
    [Trait("Source", "seed 003")]
    public void A_loss_of_10000_at_a_10_percent_margin_needs_100000_of_sales()
    {
        var cost = CostOfUnpaid.Of(A.Eur(10_000m), 0.10m);

        Assert.Equal(A.Eur(100_000m), cost.SalesNeeded);
    }

    [Fact]
    public void Rounds_the_sales_needed_up_to_the_cent()
    {
        var cost = CostOfUnpaid.Of(A.Eur(1_000m), 0.30m);

        Assert.Equal(A.Eur(3_333.34m), cost.SalesNeeded);
    }

    [Fact]
    public void Has_no_answer_without_a_positive_margin()
    {
        Assert.Null(CostOfUnpaid.Of(A.Eur(1_000m), 0m).SalesNeeded);
    }
}
