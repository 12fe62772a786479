using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Dso;

/// <summary>
/// The count-back DSO of a past date rebuilt from today's ledger, for the weeks before anyone recorded it. What was owed
/// then is what the ledger shows open today on items issued by that date, plus what was paid on those items after it
/// (payments carry the settled item's issue date and due date); unapplied cash and credit notes open today count from
/// their own date, so the receivables are the balance of the customer accounts at that date, as for today's DSO
/// (<see cref="DsoReceivables"/>). The count-back is <see cref="CountBackDso"/> itself, cut at that date: the months
/// before it whole, its own month with the sales of its elapsed days. When the ledger cannot tell (payments not kept
/// back to the date (the ledger's first settlement or sale after it), issue dates unknown, no day-by-day sales for a
/// mid-month date, a count-back that would walk into a month the ledger holds only part of, or runs out of sales) the
/// result says why and carries no figure.
/// </summary>
/// <remarks>
/// Known limit: a credit note lettered against an invoice is not a settlement in the ledger's payments; if it was
/// issued after the date on an invoice issued before, that invoice reads lower than it was by the credit note.
/// </remarks>
public sealed record PastDso(DateOnly AsOf, DsoReceivables? Receivables, DsoResult? Dso, PastDsoGap? Gap)
{
    public bool IsRecomputed => Gap is null && Dso is { IsComputed: true };

    public const string Method =
        "Rebuilt from the ledger: items issued by the date and still open today, plus what was paid on them after it "
        + "(lettering dates); unapplied cash and credit notes from their own date; count-back from that date.";

    /// <param name="asOf">The past date.</param>
    /// <param name="ledgerDate">The date of the ledger's data: only dates before it are past.</param>
    /// <param name="openItems">Today's open items (any currency; those in <paramref name="currency"/> count).</param>
    /// <param name="payments">Every settlement the ledger keeps.</param>
    /// <param name="sales">Monthly sales (several clients' months may repeat: they are added).</param>
    /// <param name="daySales">Sales day by day, or null when the ledger keeps months only.</param>
    /// <param name="currency">The reporting currency.</param>
    /// <param name="dayCount">Day-count convention of the count-back.</param>
    public static PastDso At(
        DateOnly asOf,
        DateOnly ledgerDate,
        IReadOnlyCollection<OpenItem> openItems,
        IReadOnlyCollection<Payment> payments,
        IReadOnlyCollection<MonthlySales> sales,
        IReadOnlyCollection<DaySales>? daySales,
        Currency currency,
        DayCountConvention dayCount = DayCountConvention.CalendarDays)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(sales);
        if (asOf >= ledgerDate)
        {
            return Missing(asOf, PastDsoGap.NotInThePast);
        }

        var settlements = payments.Where(payment => payment.Amount.Currency == currency).ToList();
        if (settlements.Count == 0)
        {
            return Missing(asOf, PastDsoGap.NoSettlementHistory);
        }

        var start = LedgerStart(settlements, sales, daySales);
        if (start > asOf)
        {
            return Missing(asOf, PastDsoGap.LedgerDoesNotReachBack);
        }

        if (settlements.Any(payment => payment.Date > asOf && payment.AllocatedTo is not null && payment.ItemIssueDate is null))
        {
            return Missing(asOf, PastDsoGap.IssueDatesMissing);
        }

        var months = SalesUpTo(asOf, sales, daySales, currency);
        if (months is null)
        {
            return Missing(asOf, PastDsoGap.SalesToDateMissing);
        }

        var receivables = DsoReceivables.From(OpenItemsAt(asOf, openItems, settlements, currency), asOf, currency);
        var dso = CountBackDso.Compute(receivables.Total, months, dayCount, receivables.Included, asOf);
        return dso.IsComputed && dso.Steps.All(step => FirstWholeMonth(start) <= new DateOnly(step.Year, step.Month, 1))
            ? new PastDso(asOf, receivables, dso, null)
            : new PastDso(asOf, receivables, dso, PastDsoGap.SalesHistoryTooShort);
    }

    /// <summary>
    /// The first month whose sales the ledger holds whole: a count-back that walks into a month the ledger starts in the
    /// middle of would count its days for sales it does not have. A start in a month's first week (a fiscal year's first
    /// sale or payment rarely falls on the 1st) counts that month as whole.
    /// </summary>
    private static DateOnly FirstWholeMonth(DateOnly ledgerStart)
    {
        var month = new DateOnly(ledgerStart.Year, ledgerStart.Month, 1);
        return ledgerStart.Day <= 7 ? month : month.AddMonths(1);
    }

    /// <summary>
    /// What was open at <paramref name="asOf"/> as far as the ledger tells: today's open items issued by then, and for
    /// each settled item issued by then, what was paid on it after then (one item per item number).
    /// </summary>
    public static IReadOnlyList<OpenItem> OpenItemsAt(
        DateOnly asOf,
        IEnumerable<OpenItem> openItems,
        IEnumerable<Payment> payments,
        Currency currency)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(payments);
        var items = openItems.Where(item => item.Open.Currency == currency && item.IssueDate <= asOf).ToList();
        items.AddRange(payments
            .Where(payment => payment.Amount.Currency == currency
                && payment.Date > asOf
                && payment.AllocatedTo is not null
                && payment.ItemIssueDate is { } issued && issued <= asOf)
            .GroupBy(payment => (payment.Client, Number: payment.AllocatedTo!))
            .Select(group =>
            {
                var first = group.First();
                var paidSince = Money.Sum(group.Select(payment => payment.Amount), currency);
                return new OpenItem
                {
                    Client = group.Key.Client,
                    Number = group.Key.Number,
                    IssueDate = first.ItemIssueDate!.Value,
                    DueDate = first.ItemDueDate ?? first.ItemIssueDate!.Value,
                    Amount = paidSince,
                    Open = paidSince,
                };
            }));
        return items;
    }

    /// <summary>The first movement the ledger keeps: its first settlement or its first sale (the first month's first day when it keeps months only).</summary>
    public static DateOnly LedgerStart(IEnumerable<Payment> payments, IEnumerable<MonthlySales> sales, IEnumerable<DaySales>? daySales)
    {
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(sales);
        var dates = payments.Select(payment => payment.Date)
            .Concat(daySales?.Select(day => day.Date) ?? sales.Select(month => month.FirstDay));
        return dates.DefaultIfEmpty(DateOnly.MaxValue).Min();
    }

    /// <summary>Months before <paramref name="asOf"/>'s month whole, its own month up to that day; null when that needs days the ledger does not keep.</summary>
    private static List<MonthlySales>? SalesUpTo(DateOnly asOf, IReadOnlyCollection<MonthlySales> sales, IReadOnlyCollection<DaySales>? daySales, Currency currency)
    {
        var firstOfMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        var months = MonthlySales.Combine(sales.Where(month => month.Sales.Currency == currency && month.FirstDay <= asOf), currency).ToList();
        if (asOf == firstOfMonth.AddMonths(1).AddDays(-1))
        {
            return months;
        }

        if (daySales is null)
        {
            return null;
        }

        months.RemoveAll(month => month.FirstDay == firstOfMonth);
        var toDate = Money.Sum(
            daySales.Where(day => day.Sales.Currency == currency && day.Date >= firstOfMonth && day.Date <= asOf).Select(day => day.Sales),
            currency);
        months.Add(new MonthlySales(asOf.Year, asOf.Month, toDate));
        return months;
    }

    private static PastDso Missing(DateOnly asOf, PastDsoGap gap) => new(asOf, null, null, gap);
}
