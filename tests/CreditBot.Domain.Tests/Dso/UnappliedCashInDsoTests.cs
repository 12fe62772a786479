using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Dso;

/// <summary>
/// Receivables for DSO are the customer account balance at the cut-off: a payment not yet matched to an invoice
/// (unapplied cash) and a credit note reduce it, as they reduce what the customer owes.
/// </summary>
public class UnappliedCashInDsoTests
{
    private static OpenItem UnappliedPayment(decimal amount) =>
        An.Invoice with { Number = "VIR-1", Kind = OpenItemKind.Payment, Amount = A.Eur(-amount), Open = A.Eur(-amount) };

    [Fact]
    public void A_client_invoiced_30000_who_paid_10000_unmatched_owes_20000()
    {
        var items = new[] { An.InvoiceDaysPastDue(10, 30_000m), UnappliedPayment(10_000m) };

        var receivables = DsoReceivables.From(items, A.Today, Currency.Eur);

        Assert.Equal(A.Eur(20_000m), receivables.Total);
        Assert.True(receivables.Included.UnappliedCashIncluded);
        Assert.Contains("unapplied cash included", receivables.Included.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Unapplied_cash_settles_the_overdue_part_first_and_the_parts_add_up()
    {
        // 12 000 overdue + 8 000 not due, 5 000 paid unmatched: 7 000 overdue + 8 000 not due = 15 000.
        var items = new[] { An.InvoiceDaysPastDue(20, 12_000m, "F-1"), An.InvoiceDaysPastDue(-15, 8_000m, "F-2"), UnappliedPayment(5_000m) };

        var receivables = DsoReceivables.From(items, A.Today, Currency.Eur);

        Assert.Equal(A.Eur(15_000m), receivables.Total);
        Assert.Equal(A.Eur(8_000m), receivables.NotDue);
        Assert.Equal(A.Eur(7_000m), receivables.Overdue);
    }

    [Fact]
    public void Unapplied_cash_beyond_the_overdue_part_reduces_the_part_not_yet_due()
    {
        var items = new[] { An.InvoiceDaysPastDue(20, 2_000m, "F-1"), An.InvoiceDaysPastDue(-15, 8_000m, "F-2"), UnappliedPayment(5_000m) };

        var receivables = DsoReceivables.From(items, A.Today, Currency.Eur);

        Assert.Equal(A.Eur(5_000m), receivables.Total);
        Assert.Equal(A.Eur(5_000m), receivables.NotDue);
        Assert.Equal(A.Eur(0m), receivables.Overdue);
    }

    [Fact]
    public void Count_back_on_the_anaplan_example_with_the_payment_unmatched_gives_the_published_129_days()
    {
        // C2 of METRICS.md: 2 400 invoiced Sep-Jan, 400 paid and not matched: the account shows 2 000, hence 129 days.
        var items = new[] { An.InvoiceDaysPastDue(10, 2_400m), UnappliedPayment(400m) };
        var sales = new[]
        {
            new MonthlySales(2025, 1, A.Eur(200m)),
            new MonthlySales(2024, 12, A.Eur(400m)),
            new MonthlySales(2024, 11, A.Eur(600m)),
            new MonthlySales(2024, 10, A.Eur(700m)),
            new MonthlySales(2024, 9, A.Eur(500m)),
        };

        var receivables = DsoReceivables.From(items, new DateOnly(2025, 1, 31), Currency.Eur);
        var result = CountBackDso.Compute(receivables.Total, sales);

        Assert.Equal(129m, result.Days);
    }
}
