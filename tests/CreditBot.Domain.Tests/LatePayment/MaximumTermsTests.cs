using CreditBot.Domain.Clients;
using CreditBot.Domain.LatePayment;

namespace CreditBot.Domain.Tests.LatePayment;

public class MaximumTermsTests
{
    private static readonly DateOnly January15 = new(2025, 1, 15);

    [Fact]
    [Trait("Source", "LAW-FR §1")]
    public void An_invoice_of_15_January_2025_is_due_17_March_in_reading_a_31_March_in_reading_b_and_16_March_at_60_days()
    {
        var readingA = MaximumTerms.EndOfMonthCap(January15, EndOfMonthReading.EndOfMonthThenDays);
        var readingB = MaximumTerms.EndOfMonthCap(January15, EndOfMonthReading.DaysThenEndOfMonth);
        var sixty = MaximumTerms.SixtyDaysCap(January15);

        Assert.Equal(new DateOnly(2025, 3, 17), readingA);
        Assert.Equal(new DateOnly(2025, 3, 31), readingB);
        Assert.Equal(new DateOnly(2025, 3, 16), sixty);
    }

    [Fact]
    [Trait("Source", "LAW-FR §1")]
    public void Terms_give_the_same_due_dates_as_the_caps()
    {
        Assert.Equal(new DateOnly(2025, 3, 17), new PaymentTerms(45, PaymentTermsBasis.EndOfMonthThenDays).DueDate(January15));
        Assert.Equal(new DateOnly(2025, 3, 31), new PaymentTerms(45, PaymentTermsBasis.DaysThenEndOfMonth).DueDate(January15));
        Assert.Equal(new DateOnly(2025, 3, 16), new PaymentTerms(60).DueDate(January15));
        Assert.Equal(January15, new PaymentTerms(0, PaymentTermsBasis.Prepayment).DueDate(January15));
    }

    [Fact]
    public void Counts_the_29th_of_February_in_a_leap_year()
    {
        var invoiceDate = new DateOnly(2024, 2, 10);

        var endOfMonth = new PaymentTerms(45, PaymentTermsBasis.EndOfMonthThenDays).DueDate(invoiceDate);
        var net = new PaymentTerms(30).DueDate(new DateOnly(2024, 1, 31));
        var sixty = MaximumTerms.SixtyDaysCap(invoiceDate);

        Assert.Equal(new DateOnly(2024, 4, 14), endOfMonth);
        Assert.Equal(new DateOnly(2024, 3, 1), net);
        Assert.Equal(new DateOnly(2024, 4, 10), sixty);
    }

    [Fact]
    public void Accepts_60_days_net_and_flags_61_days()
    {
        var sixty = MaximumTerms.Check(new PaymentTerms(60));
        var sixtyOne = MaximumTerms.Check(new PaymentTerms(61), new TermsCapOptions { EndOfMonthStipulated = false });

        Assert.True(sixty.Compliant);
        Assert.False(sixtyOne.Compliant);
        Assert.Equal(1, sixtyOne.ExcessDays);
        Assert.Equal("terms.beyond-legal-cap", sixtyOne.Key);
    }

    [Fact]
    public void Accepts_45_days_end_of_month_in_reading_a_when_stipulated()
    {
        var verdict = MaximumTerms.Check(new PaymentTerms(45, PaymentTermsBasis.EndOfMonthThenDays));

        Assert.True(verdict.Compliant);
        Assert.Equal([LegalCap.SixtyDays, LegalCap.FortyFiveDaysEndOfMonth], verdict.CapsApplied);
    }

    [Fact]
    public void Flags_45_days_then_end_of_month_under_reading_a_and_accepts_it_under_reading_b()
    {
        var terms = new PaymentTerms(45, PaymentTermsBasis.DaysThenEndOfMonth);

        var readingA = MaximumTerms.Check(terms);
        var readingB = MaximumTerms.Check(terms, new TermsCapOptions { Reading = EndOfMonthReading.DaysThenEndOfMonth });

        Assert.False(readingA.Compliant);
        Assert.True(readingA.ExcessDays > 0);
        Assert.True(readingB.Compliant);
    }

    [Fact]
    public void Gives_a_verdict_for_one_invoice_date()
    {
        var terms = new PaymentTerms(45, PaymentTermsBasis.DaysThenEndOfMonth);

        var verdict = MaximumTerms.Check(terms, invoiceDate: January15);

        Assert.False(verdict.Compliant);
        Assert.Equal(14, verdict.ExcessDays);
        Assert.Equal(new DateOnly(2025, 3, 31), verdict.WorstDueDate);
        Assert.Equal(new DateOnly(2025, 3, 17), verdict.WorstLatestLegalDueDate);
    }

    [Fact]
    public void Flags_end_of_month_terms_beyond_60_days_when_the_derogation_is_not_stipulated()
    {
        var verdict = MaximumTerms.Check(
            new PaymentTerms(45, PaymentTermsBasis.EndOfMonthThenDays),
            new TermsCapOptions { EndOfMonthStipulated = false });

        Assert.False(verdict.Compliant);
    }

    [Fact]
    public void Caps_periodic_invoices_at_45_days()
    {
        var options = new TermsCapOptions { PeriodicInvoices = true };

        Assert.True(MaximumTerms.Check(new PaymentTerms(45), options).Compliant);
        Assert.False(MaximumTerms.Check(new PaymentTerms(46), options).Compliant);
    }

    [Fact]
    public void Always_accepts_prepayment()
    {
        Assert.True(MaximumTerms.Check(new PaymentTerms(0, PaymentTermsBasis.Prepayment)).Compliant);
    }
}
