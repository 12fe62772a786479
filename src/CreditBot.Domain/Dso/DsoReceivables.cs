using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Dso;

/// <summary>
/// The receivables a DSO uses, taken from open items at a date: the total (for DSO, the overdue rate and every other
/// figure of the same card) and the part not yet due (for best possible DSO), filtered as <see cref="Included"/> says.
/// Credits that belong to no invoice (unapplied cash, credit notes) settle the oldest debt first, as a customer's
/// payment does: they reduce the overdue part before the part not yet due, so Overdue + NotDue = Total always.
/// </summary>
public sealed record DsoReceivables(DateOnly AsOf, Money Total, Money NotDue, DsoInclusions Included)
{
    public Money Overdue => Total - NotDue;

    public static DsoReceivables From(
        IEnumerable<OpenItem> openItems,
        DateOnly asOf,
        Currency currency,
        DsoInclusions? included = null)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        included ??= DsoInclusions.Default;
        var items = openItems.Where(item =>
            (included.DisputedItemsIncluded || !item.Disputed)
            && (included.CreditNotesIncluded || item.Kind != OpenItemKind.CreditNote)
            && (included.UnappliedCashIncluded || item.Kind != OpenItemKind.Payment)).ToList();
        var total = Money.Sum(items.Select(item => item.Open), currency);
        var notDueDebts = Money.Sum(items.Where(item => item.Open.IsPositive && item.DueDate >= asOf).Select(item => item.Open), currency);
        var notDue = Money.Min(notDueDebts, Money.Max(total, Money.Zero(currency)));
        return new DsoReceivables(asOf, total, notDue, included);
    }
}
