using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.LatePayment;

public class RecoveryIndemnityTests
{
    [Fact]
    [Trait("Source", "LAW-FR §3")]
    public void Owes_40_euros_once_for_an_invoice_still_open_after_its_due_date()
    {
        var invoice = An.InvoiceDaysPastDue(1, 5_000m);

        var indemnity = RecoveryIndemnity.For(invoice, [], A.Today);

        Assert.Equal(IndemnityStatus.Owed, indemnity.Status);
        Assert.Equal(A.Eur(40m), indemnity.Amount);
    }

    [Fact]
    public void Owes_nothing_on_the_due_date_itself()
    {
        var indemnity = RecoveryIndemnity.For(An.InvoiceDaysPastDue(0, 5_000m), [], A.Today);

        Assert.Equal(IndemnityStatus.NotLate, indemnity.Status);
        Assert.Equal(A.Eur(0m), indemnity.Amount);
    }

    [Fact]
    [Trait("Source", "LAW-FR §3")]
    public void Owes_the_full_40_euros_once_for_an_invoice_paid_in_three_parts_the_last_one_late()
    {
        var invoice = An.InvoiceDaysPastDue(30, 3_000m) with { Open = A.Eur(0m) };
        var payments = new[]
        {
            A.Payment with { Date = invoice.DueDate.AddDays(-5), Amount = A.Eur(1_000m) },
            A.Payment with { Date = invoice.DueDate, Amount = A.Eur(1_000m) },
            A.Payment with { Date = invoice.DueDate.AddDays(3), Amount = A.Eur(1_000m) },
        };

        var indemnity = RecoveryIndemnity.For(invoice, payments, A.Today);
        var total = RecoveryIndemnity.Total([indemnity, indemnity]);

        Assert.Equal(IndemnityStatus.Owed, indemnity.Status);
        Assert.Equal(A.Eur(40m), total);
    }

    [Fact]
    public void Owes_the_full_40_euros_for_a_partly_paid_late_invoice()
    {
        var invoice = An.InvoiceDaysPastDue(10, 3_000m) with { Open = A.Eur(500m) };

        var indemnity = RecoveryIndemnity.For(invoice, [], A.Today);

        Assert.Equal(A.Eur(40m), indemnity.Amount);
    }

    [Fact]
    public void Owes_nothing_for_an_invoice_paid_on_time()
    {
        var invoice = An.InvoiceDaysPastDue(30, 3_000m) with { Open = A.Eur(0m) };
        var payment = A.Payment with { Date = invoice.DueDate };

        Assert.Equal(IndemnityStatus.NotLate, RecoveryIndemnity.For(invoice, [payment], A.Today).Status);
    }

    [Fact]
    public void Is_never_claimed_from_a_consumer()
    {
        var context = new IndemnityContext(DebtorKind.Consumer);

        var indemnity = RecoveryIndemnity.For(An.InvoiceDaysPastDue(60, 100m), [], A.Today, context);

        Assert.Equal(IndemnityStatus.ConsumerDebtor, indemnity.Status);
        Assert.Equal(A.Eur(0m), indemnity.Amount);
    }

    [Fact]
    public void Is_not_claimed_once_insolvency_proceedings_are_opened()
    {
        var context = new IndemnityContext(InsolvencyProceedingsOpened: A.Today.AddDays(-1));

        var indemnity = RecoveryIndemnity.For(An.InvoiceDaysPastDue(60, 100m), [], A.Today, context);

        Assert.Equal(IndemnityStatus.InsolvencyProceedings, indemnity.Status);
    }

    [Fact]
    [Trait("Source", "LAW-FR §3")]
    public void Is_not_claimed_when_insolvency_proceedings_open_on_the_as_of_day()
    {
        var context = new IndemnityContext(InsolvencyProceedingsOpened: A.Today);

        var indemnity = RecoveryIndemnity.For(An.InvoiceDaysPastDue(60, 100m), [], A.Today, context);

        Assert.Equal(IndemnityStatus.InsolvencyProceedings, indemnity.Status);
        Assert.Equal(A.Eur(0m), indemnity.Amount);
    }

    [Fact]
    public void Is_still_owed_when_insolvency_proceedings_open_after_the_as_of_day()
    {
        var context = new IndemnityContext(InsolvencyProceedingsOpened: A.Today.AddDays(1));

        var indemnity = RecoveryIndemnity.For(An.InvoiceDaysPastDue(60, 100m), [], A.Today, context);

        Assert.Equal(IndemnityStatus.Owed, indemnity.Status);
        Assert.Equal(A.Eur(40m), indemnity.Amount);
    }

    [Fact]
    public void Is_not_owed_on_a_credit_note()
    {
        Assert.Equal(IndemnityStatus.NotAnInvoice, RecoveryIndemnity.For(A.CreditNote, [], A.Today).Status);
    }

    [Fact]
    public void Adds_40_euros_per_late_invoice()
    {
        var indemnities = new[]
        {
            RecoveryIndemnity.For(An.InvoiceDaysPastDue(5, 100m, "F-1"), [], A.Today),
            RecoveryIndemnity.For(An.InvoiceDaysPastDue(50, 100m, "F-2"), [], A.Today),
            RecoveryIndemnity.For(An.InvoiceDaysPastDue(-5, 100m, "F-3"), [], A.Today),
        };

        Assert.Equal(A.Eur(80m), RecoveryIndemnity.Total(indemnities));
    }
}
