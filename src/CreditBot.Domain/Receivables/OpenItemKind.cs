namespace CreditBot.Domain.Receivables;

public enum OpenItemKind
{
    Invoice,
    CreditNote,

    /// <summary>An unallocated payment or other credit balance on the account.</summary>
    Payment,

    Other,
}
