using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Dso;

/// <summary>
/// The receivables a DSO uses, taken from open items at a date: the total (for DSO) and the part not yet due (for
/// best possible DSO), filtered as <see cref="Included"/> says.
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
        var notDue = Money.Sum(items.Where(item => item.DueDate >= asOf).Select(item => item.Open), currency);
        return new DsoReceivables(asOf, total, notDue, included);
    }
}
