namespace CreditBot.Domain.Dso;

/// <summary>
/// What the receivables and sales figures contain. French practice compares receivables TTC with sales TTC;
/// disputed items and credit notes are included, unapplied cash is not (the Upflow convention).
/// </summary>
public sealed record DsoInclusions
{
    public static DsoInclusions Default { get; } = new();

    public bool AmountsTaxIncluded { get; init; } = true;

    public bool DisputedItemsIncluded { get; init; } = true;

    public bool CreditNotesIncluded { get; init; } = true;

    public bool UnappliedCashIncluded { get; init; }

    public string Description =>
        (AmountsTaxIncluded ? "amounts TTC" : "amounts HT")
        + (DisputedItemsIncluded ? ", disputed items included" : ", disputed items excluded")
        + (CreditNotesIncluded ? ", credit notes included" : ", credit notes excluded")
        + (UnappliedCashIncluded ? ", unapplied cash included" : ", unapplied cash excluded");
}
