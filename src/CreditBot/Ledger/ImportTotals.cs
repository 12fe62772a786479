using CreditBot.Domain.Receivables;

namespace CreditBot.Ledger;

/// <summary>
/// The totals a user checks first against their own ledger after an import, in the import's currency: invoices
/// (open or settled in the files) and the sales of the sales journals, open debit items, invoices settled and
/// those settled after their due date (a payment dated after the due date of the item it settles).
/// </summary>
public sealed record ImportTotals
{
    public static ImportTotals None { get; } = new();

    public int InvoicedCount { get; init; }

    public decimal InvoicedAmount { get; init; }

    public int OpenCount { get; init; }

    public decimal OpenAmount { get; init; }

    public int SettledCount { get; init; }

    public decimal SettledAmount { get; init; }

    public int SettledLateCount { get; init; }

    public decimal SettledLateAmount { get; init; }

    /// <summary>"invoiced 3 invoices 183.56 USD; open 1 item 65.88 USD; settled 2 invoices 117.68 USD, of which late 1 invoice 61.74 USD".</summary>
    public string ToText(string currency)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return string.Create(c, $"invoiced {Count(InvoicedCount, "invoice")} {InvoicedAmount:N2} {currency}; open {Count(OpenCount, "item")} {OpenAmount:N2} {currency}; ")
            + string.Create(c, $"settled {Count(SettledCount, "invoice")} {SettledAmount:N2} {currency}, of which late {Count(SettledLateCount, "invoice")} {SettledLateAmount:N2} {currency}");
    }

    private static string Count(int count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>The totals of a snapshot about to be written.</summary>
    public static ImportTotals Of(LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var open = snapshot.OpenItems.Where(item => item.Open.IsPositive).ToList();
        var settlements = snapshot.Payments
            .Where(payment => payment.AllocatedTo is not null && payment.Amount.IsPositive)
            .ToList();
        var late = settlements.Where(payment => payment.ItemDueDate is { } due && payment.Date > due).ToList();
        var invoices = snapshot.OpenItems.Where(item => item.Kind == OpenItemKind.Invoice).Select(item => (item.Client, item.Number))
            .Concat(settlements.Select(payment => (payment.Client, Number: payment.AllocatedTo!)))
            .Distinct()
            .Count();
        return new ImportTotals
        {
            InvoicedCount = invoices,
            InvoicedAmount = snapshot.MonthlySales.Sum(month => month.Sales.Amount),
            OpenCount = open.Count,
            OpenAmount = open.Sum(item => item.Open.Amount),
            SettledCount = Settled(settlements),
            SettledAmount = settlements.Sum(payment => payment.Amount.Amount),
            SettledLateCount = Settled(late),
            SettledLateAmount = late.Sum(payment => payment.Amount.Amount),
        };
    }

    private static int Settled(List<Payment> payments) => payments.Select(payment => (payment.Client, payment.AllocatedTo)).Distinct().Count();
}
