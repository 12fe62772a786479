namespace CreditBot.Domain.Dso;

/// <summary>
/// What the receivables and sales figures contain. Receivables are the balance of the customer accounts at the
/// cut-off, as a credit manager reads it on the ledger: amounts TTC (French practice compares them with sales TTC),
/// disputed items included, and credit notes and unapplied cash (payments not yet matched to an invoice) reducing
/// it. Leaving unapplied cash out would compute DSO on invoices the customer has already paid.
/// </summary>
public sealed record DsoInclusions
{
    public static DsoInclusions Default { get; } = new();

    public bool AmountsTaxIncluded { get; init; } = true;

    public bool DisputedItemsIncluded { get; init; } = true;

    public bool CreditNotesIncluded { get; init; } = true;

    public bool UnappliedCashIncluded { get; init; } = true;

    public string Description =>
        (AmountsTaxIncluded ? "amounts TTC" : "amounts HT")
        + (DisputedItemsIncluded ? ", disputed items included" : ", disputed items excluded")
        + (CreditNotesIncluded ? ", credit notes included" : ", credit notes excluded")
        + (UnappliedCashIncluded ? ", unapplied cash included" : ", unapplied cash excluded");
}
