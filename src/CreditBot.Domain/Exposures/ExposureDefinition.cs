namespace CreditBot.Domain.Exposures;

/// <summary>What the exposure figure counts, as flags for cards and as a sentence for logs and tests.</summary>
public sealed record ExposureDefinition(
    bool IncludesOpenReceivables,
    bool IncludesUninvoicedOrders,
    bool IncludesDisputedItems,
    bool CreditNotesNetted,
    bool IncludesPrepaymentOrders,
    bool AmountsTaxIncluded)
{
    /// <summary>Key of the localized sentence stating the definition.</summary>
    public string TextKey => IncludesDisputedItems
        ? "exposure.definition.receivables-plus-orders"
        : "exposure.definition.receivables-plus-orders-without-disputes";

    public string Description =>
        "Exposure = open receivables TTC (credit notes and unallocated credits netted"
        + (IncludesDisputedItems ? ", disputed items included" : ", disputed items excluded")
        + ") + confirmed orders not yet invoiced TTC"
        + (IncludesPrepaymentOrders ? " (prepayment orders included)" : " (prepayment orders excluded)")
        + ". Headroom = credit limit − exposure. Overdue = open amount of items past their due date.";

    internal static ExposureDefinition From(ExposureOptions options) =>
        new(
            IncludesOpenReceivables: true,
            IncludesUninvoicedOrders: true,
            IncludesDisputedItems: options.IncludeDisputed,
            CreditNotesNetted: true,
            IncludesPrepaymentOrders: options.IncludePrepaymentOrders,
            AmountsTaxIncluded: true);
}
