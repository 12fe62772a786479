using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.LatePayment;

/// <summary>
/// The fixed recovery indemnity of 40 € (L441-10 II, D441-5): once per invoice paid late, from the first day late,
/// never per day, not split on partial payment, not subject to VAT; never from consumers, not once insolvency
/// proceedings are opened.
/// </summary>
public sealed record RecoveryIndemnity(string InvoiceNumber, IndemnityStatus Status, Money Amount)
{
    public static Money FixedAmount { get; } = Money.Eur(40m);

    /// <summary>
    /// The indemnity on <paramref name="invoice"/> at <paramref name="asOf"/>: late when still open after its due date,
    /// or when any payment allocated to it came after the due date.
    /// </summary>
    public static RecoveryIndemnity For(
        OpenItem invoice,
        IEnumerable<Payment> payments,
        DateOnly asOf,
        IndemnityContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(payments);
        context ??= IndemnityContext.Professional;

        var lastPayment = payments
            .Where(payment => payment.AllocatedTo == invoice.Number && payment.Client == invoice.Client)
            .Select(payment => (DateOnly?)payment.Date)
            .Max();
        var late = (invoice.Open.IsPositive && asOf > invoice.DueDate) || lastPayment > invoice.DueDate;

        var status = invoice.Kind != OpenItemKind.Invoice ? IndemnityStatus.NotAnInvoice
            : !late ? IndemnityStatus.NotLate
            : context.Debtor == DebtorKind.Consumer ? IndemnityStatus.ConsumerDebtor
            : context.InsolvencyProceedingsOpened <= asOf ? IndemnityStatus.InsolvencyProceedings
            : IndemnityStatus.Owed;

        return new RecoveryIndemnity(
            invoice.Number,
            status,
            status == IndemnityStatus.Owed ? FixedAmount : Money.Zero(FixedAmount.Currency));
    }

    /// <summary>The indemnities owed over several invoices: 40 € per distinct late invoice.</summary>
    public static Money Total(IEnumerable<RecoveryIndemnity> indemnities)
    {
        ArgumentNullException.ThrowIfNull(indemnities);
        return Money.Sum(
            indemnities
                .Where(indemnity => indemnity.Status == IndemnityStatus.Owed)
                .DistinctBy(indemnity => indemnity.InvoiceNumber)
                .Select(indemnity => indemnity.Amount),
            FixedAmount.Currency);
    }
}
