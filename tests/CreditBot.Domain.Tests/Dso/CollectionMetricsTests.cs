using CreditBot.Domain.Dso;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Dso;

public class CollectionMetricsTests
{
    [Fact]
    [Trait("Source", "E1")]
    public void E1_creditguru_cei_over_three_months_is_55_9_percent()
    {
        var sales = A.Eur(3_390m) + A.Eur(3_610m) + A.Eur(3_890m);

        var cei = CollectionEffectivenessIndex.Of(A.Eur(6_200m), sales, 3, A.Eur(6_340m), A.Eur(3_590m));

        Assert.Equal(55.9m, cei.Rounded(1));
        Assert.Equal(55.93m, cei.Rounded(2));
    }

    [Fact]
    [Trait("Source", "R1")]
    public void R1_overdue_of_50k_on_1000k_outstanding_is_5_percent()
    {
        var rate = OverdueRate.Of(A.Eur(50_000m), A.Eur(1_000_000m));

        Assert.Equal(5m, rate.Percent);
    }

    [Fact]
    [Trait("Source", "R3")]
    public void R3_overdue_of_50000_on_200000_is_25_percent()
    {
        var rate = OverdueRate.Of(A.Eur(50_000m), A.Eur(200_000m));

        Assert.Equal(25m, rate.Percent);
    }

    [Fact]
    public void Overdue_rate_can_be_restricted_to_old_debt()
    {
        var items = new[]
        {
            An.InvoiceDaysPastDue(-5, 500m, "F-1"),
            An.InvoiceDaysPastDue(20, 300m, "F-2"),
            An.InvoiceDaysPastDue(75, 200m, "F-3"),
        };

        var overall = OverdueRate.Of(items, A.Today, Currency.Eur);
        var beyond60 = OverdueRate.Of(items, A.Today, Currency.Eur, beyondDays: 60);

        Assert.Equal(50m, overall.Percent);
        Assert.Equal(20m, beyond60.Percent);
        Assert.Equal(60, beyond60.BeyondDays);
    }

    [Fact]
    public void Overdue_rate_is_absent_when_nothing_is_open()
    {
        Assert.Null(OverdueRate.Of(A.Eur(0m), A.Eur(0m)).Percent);
    }
}
