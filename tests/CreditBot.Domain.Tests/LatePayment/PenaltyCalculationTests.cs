using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Tests.Support;
using CsCheck;

namespace CreditBot.Domain.Tests.LatePayment;

public class PenaltyCalculationTests
{
    private static readonly PenaltyRateTable Rates = PenaltyRateTable.Default;

    [Fact]
    [Trait("Source", "L1")]
    public void L1_agenceipro_15000_thirty_days_late_at_15_percent_is_184_93()
    {
        var due = new DateOnly(2025, 2, 1);

        var formula = PenaltyCalculation.Interest(A.Eur(15_000m), 15m, 30);
        var outcome = PenaltyCalculation.Compute(A.Eur(15_000m), due, due.AddDays(30), Rates, PenaltyRate.Contractual(15m));

        Assert.Equal(184.93m, Math.Round(formula, 2, MidpointRounding.AwayFromZero));
        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.Equal(A.Eur(184.93m), computed.Amount);
        Assert.Equal(30, computed.DaysLate);
        Assert.Equal(PenaltyRateSource.Contractual, computed.Portions[0].Segments[0].RateSource);
    }

    [Fact]
    [Trait("Source", "L2")]
    public void L2_heropay_1000_thirty_days_late_at_the_h1_2024_default_rate_of_14_5_percent_is_11_92()
    {
        var due = new DateOnly(2024, 3, 1);

        var outcome = PenaltyCalculation.Compute(A.Eur(1_000m), due, due.AddDays(30), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.Equal(A.Eur(11.92m), computed.Amount);
        var segment = Assert.Single(computed.Portions[0].Segments);
        Assert.Equal(14.50m, segment.RatePercent);
        Assert.Equal(PenaltyRateSource.EcbPlusTenPoints, segment.RateSource);
    }

    [Theory]
    [InlineData(2024, 1, 14.50)]
    [InlineData(2024, 2, 14.25)]
    [InlineData(2025, 1, 13.15)]
    [InlineData(2025, 2, 12.15)]
    [Trait("Source", "LAW-FR §2 rate table")]
    public void The_default_table_gives_the_published_default_penalty_rates(int year, int half, decimal expected)
    {
        var rates = Rates.Find(new HalfYear(year, half));

        Assert.Equal(expected, rates!.DefaultPenaltyRatePercent);
    }

    [Theory]
    [InlineData(2024, 2, 14.76)]
    [InlineData(2025, 1, 11.13)]
    [InlineData(2025, 2, 8.28)]
    [Trait("Source", "LAW-FR §2 legal rate table")]
    public void The_default_table_gives_three_times_the_legal_rate_as_the_contractual_floor(int year, int half, decimal expected)
    {
        var rates = Rates.Find(new HalfYear(year, half));

        Assert.Equal(expected, rates!.ContractualFloorPercent);
    }

    [Fact]
    public void Splits_a_period_straddling_1_July_and_applies_each_half_years_rate()
    {
        var outcome = PenaltyCalculation.Compute(
            A.Eur(10_000m), new DateOnly(2025, 6, 20), new DateOnly(2025, 7, 10), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        var segments = computed.Portions[0].Segments;
        Assert.Equal([10, 10], segments.Select(segment => segment.Days));
        Assert.Equal([13.15m, 12.15m], segments.Select(segment => segment.RatePercent));
        Assert.Equal(new DateOnly(2025, 7, 1), segments[1].From);
        Assert.Equal(A.Eur(69.32m), computed.Amount);
    }

    [Fact]
    public void A_half_year_whose_ecb_rate_is_missing_is_left_out_and_named_so_the_amount_is_a_minimum()
    {
        // 16 days of H2 2025 (16-31 Dec) at 12.15 % on 10 000: 10 000 × 12.15 × 16 / 36 500 = 53.26; H1 2026 unknown.
        var withoutH1 = new PenaltyRateTable(Rates.Entries.Where(entry => entry.HalfYear != new HalfYear(2026, 1)));

        var outcome = PenaltyCalculation.Compute(
            A.Eur(10_000m), new DateOnly(2025, 12, 15), new DateOnly(2026, 1, 15), withoutH1);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.True(computed.IsMinimum);
        Assert.Equal([new HalfYear(2026, 1)], computed.MissingHalfYears);
        Assert.Equal(A.Eur(53.26m), computed.Amount);
        Assert.Equal([16], computed.Portions.SelectMany(portion => portion.Segments).Select(segment => segment.Days));
    }

    [Fact]
    public void The_shipped_table_holds_the_first_half_of_2026_ecb_2_15_and_legal_rates_2_62_and_6_67()
    {
        var h1 = Rates.Find(new HalfYear(2026, 1));

        Assert.NotNull(h1);
        Assert.Equal(12.15m, h1.DefaultPenaltyRatePercent);
        Assert.Equal(2.62m, h1.LegalRateProfessionalPercent);
        Assert.Equal(6.67m, h1.LegalRateIndividualPercent);
        Assert.Equal(7.86m, h1.ContractualFloorPercent);
    }

    [Fact]
    public void A_penalty_over_a_covered_period_is_not_a_minimum()
    {
        var outcome = PenaltyCalculation.Compute(
            A.Eur(10_000m), new DateOnly(2025, 12, 15), new DateOnly(2026, 1, 15), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.False(computed.IsMinimum);
        Assert.Equal(31, computed.DaysLate);
    }

    [Fact]
    public void Computes_once_an_administrator_enters_the_missing_rate()
    {
        var edited = Rates.With(new HalfYearRates(new HalfYear(2026, 2), 2.15m, Source: "entered by admin"));

        var outcome = PenaltyCalculation.Compute(
            A.Eur(10_000m), new DateOnly(2026, 6, 15), new DateOnly(2026, 7, 15), edited);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.Equal(30, computed.DaysLate);
        Assert.False(computed.IsMinimum);
        Assert.Null(Rates.Find(new HalfYear(2026, 2)));
    }

    [Fact]
    public void Raises_a_contractual_rate_below_three_times_the_legal_rate_to_that_floor()
    {
        var due = new DateOnly(2025, 2, 1);

        var outcome = PenaltyCalculation.Compute(A.Eur(1_000m), due, due.AddDays(10), Rates, PenaltyRate.Contractual(5m));

        var segment = Assert.IsType<PenaltyOutcome.Computed>(outcome).Portions[0].Segments[0];
        Assert.Equal(11.13m, segment.RatePercent);
        Assert.Equal(PenaltyRateSource.LegalFloor, segment.RateSource);
    }

    [Fact]
    public void Refuses_a_contractual_rate_when_the_legal_rate_of_the_half_year_is_missing()
    {
        var due = new DateOnly(2024, 3, 1);

        var outcome = PenaltyCalculation.Compute(A.Eur(1_000m), due, due.AddDays(10), Rates, PenaltyRate.Contractual(20m));

        Assert.Equal(PenaltyRefusal.MissingLegalRate, Assert.IsType<PenaltyOutcome.Refused>(outcome).Reason);
    }

    [Fact]
    public void Counts_365_days_a_year_and_29_days_in_a_leap_february()
    {
        var outcome = PenaltyCalculation.Compute(
            A.Eur(1_000m), new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.Equal(29, computed.DaysLate);
        Assert.Equal(A.Eur(11.52m), computed.Amount);
    }

    [Fact]
    public void Owes_nothing_when_paid_on_the_due_date()
    {
        var due = new DateOnly(2025, 3, 1);

        var outcome = PenaltyCalculation.Compute(A.Eur(1_000m), due, due, Rates);

        Assert.Equal(A.Eur(0m), Assert.IsType<PenaltyOutcome.Computed>(outcome).Amount);
    }

    [Fact]
    public void Runs_each_part_of_an_invoice_paid_in_three_parts_until_its_payment_date()
    {
        var due = new DateOnly(2025, 3, 1);
        var payments = new[]
        {
            (due.AddDays(10), A.Eur(1_000m)),
            (due.AddDays(20), A.Eur(1_000m)),
            (due.AddDays(30), A.Eur(1_000m)),
        };

        var outcome = PenaltyCalculation.ForInvoice(A.Eur(3_000m), due, payments, due.AddDays(90), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.Equal([10, 20, 30], computed.Portions.Select(portion => portion.DaysLate));
        Assert.Equal(A.Eur(21.62m), computed.Amount);
    }

    [Fact]
    public void Takes_an_invoice_and_the_payments_allocated_to_it()
    {
        var due = new DateOnly(2025, 3, 1);
        var invoice = An.Invoice with { DueDate = due, Amount = A.Eur(3_000m), Open = A.Eur(1_000m) };
        var payments = new[]
        {
            A.Payment with { Date = due.AddDays(10), Amount = A.Eur(1_000m) },
            A.Payment with { Date = due.AddDays(20), Amount = A.Eur(1_000m) },
            A.Payment with { Date = due.AddDays(5), Amount = A.Eur(77m), AllocatedTo = "F-other" },
        };

        var outcome = PenaltyCalculation.ForInvoice(invoice, payments, due.AddDays(30), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.Equal([10, 20, 30], computed.Portions.Select(portion => portion.DaysLate));
        Assert.Equal(A.Eur(21.62m), computed.Amount);
    }

    [Fact]
    public void Runs_what_is_still_unpaid_until_the_as_of_date()
    {
        var due = new DateOnly(2025, 3, 1);

        var outcome = PenaltyCalculation.ForInvoice(
            A.Eur(3_000m), due, [(due.AddDays(10), A.Eur(1_000m))], due.AddDays(20), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        Assert.Equal([A.Eur(1_000m), A.Eur(2_000m)], computed.Portions.Select(portion => portion.Base));
        Assert.Equal([10, 20], computed.Portions.Select(portion => portion.DaysLate));
    }

    [Fact]
    [Trait("Source", "LAW-FR §2")]
    public void An_overpayment_runs_interest_only_on_what_was_unpaid()
    {
        // 1 000 € due 1 March 2025, 1 500 € paid 10 days late: the base is the 1 000 € unpaid, not the 1 500 € paid.
        // 1 000 × 13,15 % (H1 2025 default rate) × 10 / 365 = 3,6027 → 3,60 €.
        var due = new DateOnly(2025, 3, 1);

        var outcome = PenaltyCalculation.ForInvoice(A.Eur(1_000m), due, [(due.AddDays(10), A.Eur(1_500m))], due.AddDays(30), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        var portion = Assert.Single(computed.Portions);
        Assert.Equal(A.Eur(1_000m), portion.Base);
        Assert.Equal(A.Eur(3.60m), computed.Amount);
    }

    [Fact]
    [Trait("Source", "LAW-FR §2")]
    public void A_payment_allocated_twice_to_a_settled_invoice_adds_no_interest()
    {
        // A 1 000 € invoice due 1 March 2025, settled 10 days late, and the same transfer allocated to it again 20
        // days late: never more than the invoice is unpaid, so 1 000 € for 10 days only:
        // 1 000 × 13,15 % × 10 / 365 = 3,6027 → 3,60 € (counting the duplicate would add 1 000 € for 20 days, 7,21 €).
        var due = new DateOnly(2025, 3, 1);
        var invoice = An.Invoice with { DueDate = due, Amount = A.Eur(1_000m), Open = A.Eur(0m) };
        var payments = new[]
        {
            A.Payment with { Date = due.AddDays(10), Amount = A.Eur(1_000m) },
            A.Payment with { Date = due.AddDays(20), Amount = A.Eur(1_000m) },
        };

        var outcome = PenaltyCalculation.ForInvoice(invoice, payments, due.AddDays(30), Rates);

        var computed = Assert.IsType<PenaltyOutcome.Computed>(outcome);
        var portion = Assert.Single(computed.Portions);
        Assert.Equal((A.Eur(1_000m), 10), (portion.Base, portion.DaysLate));
        Assert.Equal(A.Eur(3.60m), computed.Amount);
    }

    [Fact]
    public void A_period_costs_what_its_two_halves_cost_before_rounding_and_within_a_cent_after()
    {
        var day = Gen.Int[0, 700];
        var amount = Gen.Decimal[0.01m, 10_000_000m].Select(value => Math.Round(value, 2));

        Gen.Select(amount, day, day, day).Sample((value, a, b, c) =>
        {
            var sorted = new[] { a, b, c }.Order().ToArray();
            var start = new DateOnly(2024, 1, 1);
            var (due, middle, end) = (start.AddDays(sorted[0]), start.AddDays(sorted[1]), start.AddDays(sorted[2]));

            var whole = (PenaltyOutcome.Computed)PenaltyCalculation.Compute(A.Eur(value), due, end, Rates);
            var first = (PenaltyOutcome.Computed)PenaltyCalculation.Compute(A.Eur(value), due, middle, Rates);
            var second = (PenaltyOutcome.Computed)PenaltyCalculation.Compute(A.Eur(value), middle, end, Rates);

            var unroundedGap = Math.Abs(whole.UnroundedAmount - (first.UnroundedAmount + second.UnroundedAmount));
            var roundedGap = Math.Abs(whole.Amount.Amount - (first.Amount.Amount + second.Amount.Amount));
            return unroundedGap < 0.000_000_000_001m && roundedGap <= 0.01m;
        });
    }
}
