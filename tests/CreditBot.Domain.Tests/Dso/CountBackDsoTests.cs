using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;
using CreditBot.Domain.Tests.Support;
using CsCheck;

namespace CreditBot.Domain.Tests.Dso;

public class CountBackDsoTests
{
    [Fact]
    [Trait("Source", "C1")]
    public void C1_benjipays_212000_over_three_months_of_30_days_is_73_7_days()
    {
        var sales = new[]
        {
            new MonthlySales(2025, 3, A.Eur(100_000m)),
            new MonthlySales(2025, 2, A.Eur(80_000m)),
            new MonthlySales(2025, 1, A.Eur(70_000m)),
        };

        var result = CountBackDso.Compute(A.Eur(212_000m), sales, DayCountConvention.ThirtyDayMonths);

        Assert.Equal(73.7m, result.Rounded(1));
        Assert.Equal(73.714m, result.Rounded(3));
        Assert.Equal(DayCountConvention.ThirtyDayMonths, result.DayCount);
        Assert.Equal(3, result.Steps.Count);
        Assert.True(result.Steps[^1].Partial);
    }

    [Fact]
    [Trait("Source", "C2")]
    public void C2_anaplan_2000_in_calendar_days_is_129_days_exactly()
    {
        var sales = new[]
        {
            new MonthlySales(2025, 1, A.Eur(200m)),
            new MonthlySales(2024, 12, A.Eur(400m)),
            new MonthlySales(2024, 11, A.Eur(600m)),
            new MonthlySales(2024, 10, A.Eur(700m)),
            new MonthlySales(2024, 9, A.Eur(500m)),
        };

        var result = CountBackDso.Compute(A.Eur(2_000m), sales);

        Assert.Equal(129m, result.Days);
        Assert.Equal(DsoMethod.CountBack, result.Method);
        Assert.Equal(DayCountConvention.CalendarDays, result.DayCount);
        Assert.Equal(new DateOnly(2024, 9, 1), result.PeriodStart);
        Assert.Equal(new DateOnly(2025, 1, 31), result.PeriodEnd);
    }

    [Fact]
    public void Takes_the_months_in_any_order()
    {
        var sales = new[] { new MonthlySales(2024, 12, A.Eur(400m)), new MonthlySales(2025, 1, A.Eur(200m)) };

        var result = CountBackDso.Compute(A.Eur(400m), sales);

        Assert.Equal(31m + (200m / 400m * 31m), result.Days);
    }

    [Fact]
    public void Stops_and_says_so_on_a_month_with_zero_sales()
    {
        var sales = new[]
        {
            new MonthlySales(2025, 3, A.Eur(100m)),
            new MonthlySales(2025, 2, A.Eur(0m)),
            new MonthlySales(2025, 1, A.Eur(500m)),
        };

        var result = CountBackDso.Compute(A.Eur(300m), sales);

        Assert.Null(result.Days);
        Assert.Equal(DsoStatus.StoppedAtNonPositiveSales, result.Status);
        Assert.Equal(31m, result.DaysWalked);
        Assert.Equal((2025, 2), (result.Steps[^1].Year, result.Steps[^1].Month));
    }

    [Fact]
    public void Stops_on_a_month_with_negative_sales_or_a_missing_month()
    {
        var negative = new[] { new MonthlySales(2025, 3, A.Eur(-50m)) };
        var gap = new[] { new MonthlySales(2025, 3, A.Eur(100m)), new MonthlySales(2025, 1, A.Eur(500m)) };

        Assert.Equal(DsoStatus.StoppedAtNonPositiveSales, CountBackDso.Compute(A.Eur(10m), negative).Status);
        Assert.Equal(DsoStatus.StoppedAtNonPositiveSales, CountBackDso.Compute(A.Eur(300m), gap).Status);
    }

    [Fact]
    public void Says_so_when_receivables_exceed_all_the_sales_given()
    {
        var result = CountBackDso.Compute(A.Eur(1_000m), [new MonthlySales(2025, 4, A.Eur(100m))]);

        Assert.Equal(DsoStatus.SalesHistoryExhausted, result.Status);
        Assert.Null(result.Days);
        Assert.Equal(30m, result.DaysWalked);
    }

    [Fact]
    public void Counts_29_days_for_a_leap_year_february()
    {
        var sales = new[] { new MonthlySales(2024, 3, A.Eur(100m)), new MonthlySales(2024, 2, A.Eur(100m)) };

        var result = CountBackDso.Compute(A.Eur(200m), sales);

        Assert.Equal(31m + 29m, result.Days);
    }

    [Fact]
    public void Counts_only_the_elapsed_days_of_a_month_still_running()
    {
        var sales = new[]
        {
            new MonthlySales(2025, 7, A.Eur(999m)),
            new MonthlySales(2025, 6, A.Eur(50m)),
            new MonthlySales(2025, 5, A.Eur(310m)),
        };

        var result = CountBackDso.Compute(A.Eur(205m), sales, asOf: new DateOnly(2025, 6, 15));

        Assert.Equal(15m + (155m / 310m * 31m), result.Days);
        Assert.Equal(new DateOnly(2025, 6, 15), result.PeriodEnd);
    }

    [Fact]
    public void Counts_one_day_of_the_running_month_when_the_as_of_date_is_its_first_day()
    {
        // As of 1 July 2025 (METRICS.md §3, calendar days): July has run for one day and sold 100 to date.
        // 250 > 100: July adds its 1 elapsed day, 150 remain; 150 <= June's 300: June adds 150 / 300 × 30 = 15.
        // DSO = 1 + 15 = 16 days exactly, over 1 June to 1 July; August (not begun) is ignored.
        var sales = new[]
        {
            new MonthlySales(2025, 8, A.Eur(999m)),
            new MonthlySales(2025, 7, A.Eur(100m)),
            new MonthlySales(2025, 6, A.Eur(300m)),
            new MonthlySales(2025, 5, A.Eur(310m)),
        };

        var result = CountBackDso.Compute(A.Eur(250m), sales, asOf: new DateOnly(2025, 7, 1));

        Assert.Equal(DsoStatus.Computed, result.Status);
        Assert.Equal(16m, result.Days);
        Assert.Equal([1m, 15m], result.Steps.Select(step => step.DaysCounted));
        Assert.Equal(new DateOnly(2025, 6, 1), result.PeriodStart);
        Assert.Equal(new DateOnly(2025, 7, 1), result.PeriodEnd);
        Assert.Equal(A.Eur(400m), result.Sales);
    }

    [Fact]
    public void Is_zero_when_nothing_is_owed()
    {
        var result = CountBackDso.Compute(A.Eur(0m), [new MonthlySales(2025, 3, A.Eur(100m))]);

        Assert.Equal(0m, result.Days);
    }

    [Fact]
    public void Best_possible_dso_counts_back_the_not_due_balance()
    {
        var items = new[] { An.InvoiceDaysPastDue(-10, 50m, "F-1"), An.InvoiceDaysPastDue(10, 150m, "F-2") };
        var receivables = DsoReceivables.From(items, A.Today, Currency.Eur);
        var sales = new[] { new MonthlySales(2025, 6, A.Eur(100m)), new MonthlySales(2025, 5, A.Eur(100m)) };

        var dso = CountBackDso.Compute(receivables.Total, sales);
        var best = BestPossibleDso.CountBack(receivables, sales);
        var add = AverageDaysDelinquent.Of(dso, best);

        Assert.Equal(30m + 31m, dso.Days);
        Assert.Equal(15m, best.Days);
        Assert.Equal(46m, add.Days);
    }

    [Fact]
    public void Receivables_follow_the_stated_inclusions()
    {
        var items = new[]
        {
            An.Invoice,
            An.Invoice with { Number = "F-2", Disputed = true },
            A.CreditNote,
            An.Invoice with { Number = "P-1", Kind = OpenItemKind.Payment, Open = A.Eur(-300m) },
        };
        var inclusions = new DsoInclusions { DisputedItemsIncluded = false, CreditNotesIncluded = false };

        var all = DsoReceivables.From(items, A.Today, Currency.Eur);
        var filtered = DsoReceivables.From(items, A.Today, Currency.Eur, inclusions);

        Assert.Equal(A.Eur(700m), all.Total);
        Assert.Equal(A.Eur(700m), filtered.Total);
        Assert.Equal(A.Eur(700m), filtered.NotDue);
        Assert.Contains("disputed items excluded", filtered.Included.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_exceeds_the_days_of_the_months_it_walked()
    {
        var month = Gen.Decimal[-1_000m, 100_000m].Select(value => Math.Round(value, 2));

        Gen.Select(Gen.Decimal[0m, 1_000_000m], month.Array[1, 24], Gen.Enum<DayCountConvention>())
            .Sample((receivables, amounts, dayCount) =>
            {
                var end = new DateOnly(2025, 12, 1);
                var sales = amounts.Select((amount, i) =>
                {
                    var first = end.AddMonths(-i);
                    return new MonthlySales(first.Year, first.Month, A.Eur(amount));
                });

                var result = CountBackDso.Compute(A.Eur(receivables), sales, dayCount);

                var walkedMonthDays = result.Steps.Sum(step => new MonthlySales(step.Year, step.Month, step.Sales).Days(dayCount));
                return result.DaysWalked <= walkedMonthDays
                    && (result.Days is null || result.Days <= walkedMonthDays)
                    && result.DaysWalked >= 0m;
            });
    }
}
