using CreditBot.Domain.Dso;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Dso;

public class RatioDsoTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 3, 31);

    [Fact]
    [Trait("Source", "S1")]
    public void S1_divalto_30000_of_receivables_on_60000_of_sales_over_90_days_is_45_days()
    {
        var result = RatioDso.Simple(A.Eur(30_000m), A.Eur(60_000m), Start, End, periodDays: 90);

        Assert.Equal(45m, result.Days);
        Assert.Equal(DsoMethod.SimpleRatio, result.Method);
        Assert.Equal(90m, result.PeriodDays);
        Assert.True(result.Included.AmountsTaxIncluded);
    }

    [Fact]
    [Trait("Source", "S3")]
    public void S3_finance_technique_compares_receivables_with_sales_including_vat_and_gives_60_days()
    {
        var salesTaxIncluded = A.Eur(2_400_000m) + A.Eur(470_400m);

        var result = RatioDso.Simple(A.Eur(472_000m), salesTaxIncluded, Start, End, periodDays: 365);

        Assert.Equal(60m, result.Rounded(0));
        Assert.Equal(60.0195m, result.Rounded(4));
    }

    [Fact]
    [Trait("Source", "S6")]
    public void S6_trymesha_150000_on_1800000_over_365_days_is_30_4_days()
    {
        var result = RatioDso.Simple(A.Eur(150_000m), A.Eur(1_800_000m), Start, End, periodDays: 365);

        Assert.Equal(30.4m, result.Rounded(1));
    }

    [Fact]
    [Trait("Source", "S7")]
    public void S7_jd_edwards_balance_over_three_periods_of_sales_gives_55_35()
    {
        var sales = A.Eur(5_538m) + A.Eur(4_566m) + A.Eur(7_570m);

        var result = RatioDso.Simple(A.Eur(10_869m), sales, Start, End, periodDays: 90);

        Assert.Equal(55.35m, result.Rounded(2));
    }

    [Fact]
    [Trait("Source", "A1")]
    public void A1_average_receivables_of_300000_and_250000_on_5000000_over_365_days_is_20_075_days()
    {
        var result = RatioDso.AverageReceivables(
            A.Eur(300_000m), A.Eur(250_000m), A.Eur(5_000_000m), Start, End, periodDays: 365);

        Assert.Equal(20.075m, result.Days);
        Assert.Equal(DsoMethod.AverageReceivables, result.Method);
    }

    [Fact]
    public void Counts_the_calendar_days_of_the_period_when_no_length_is_given()
    {
        var result = RatioDso.Simple(A.Eur(90m), A.Eur(90m), Start, End);

        Assert.Equal(90m, result.PeriodDays);
        Assert.Equal(90m, result.Days);
    }

    [Fact]
    public void Says_so_when_the_period_has_no_sales()
    {
        var result = RatioDso.Simple(A.Eur(1_000m), A.Eur(0m), Start, End, periodDays: 90);

        Assert.Null(result.Days);
        Assert.Equal(DsoStatus.NoSales, result.Status);
    }

    [Fact]
    [Trait("Source", "B1")]
    public void B1_creditguru_best_possible_dso_of_4000_current_on_10000_over_30_days_is_12_days()
    {
        var result = BestPossibleDso.SimpleRatio(A.Eur(4_000m), A.Eur(10_000m), Start, Start.AddDays(29), periodDays: 30);

        Assert.Equal(12m, result.Days);
    }

    [Fact]
    [Trait("Source", "D1")]
    public void D1_creditguru_average_days_delinquent_is_45_minus_12_so_33_days()
    {
        var dso = RatioDso.Simple(A.Eur(15_000m), A.Eur(10_000m), Start, Start.AddDays(29), periodDays: 30);
        var best = BestPossibleDso.SimpleRatio(A.Eur(4_000m), A.Eur(10_000m), Start, Start.AddDays(29), periodDays: 30);

        var add = AverageDaysDelinquent.Of(dso, best);

        Assert.Equal(45m, dso.Days);
        Assert.Equal(12m, best.Days);
        Assert.Equal(33m, add.Days);
    }

    [Fact]
    public void Refuses_to_mix_methods_for_average_days_delinquent()
    {
        var ratio = RatioDso.Simple(A.Eur(15_000m), A.Eur(10_000m), Start, End, periodDays: 30);
        var countBack = CountBackDso.Compute(A.Eur(100m), [new MonthlySales(2025, 3, A.Eur(100m))]);

        Assert.Throws<ArgumentException>(() => AverageDaysDelinquent.Of(ratio, countBack));
    }
}
