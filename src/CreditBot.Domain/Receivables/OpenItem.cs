using CreditBot.Domain.Clients;

namespace CreditBot.Domain.Receivables;

/// <summary>
/// An invoice, credit note or other item on a client's account, with what is still open on it.
/// Amounts are TTC (tax included) as in the ledger; credit notes and credit balances are negative.
/// </summary>
public sealed record OpenItem
{
    public required ClientCode Client { get; init; }

    public required string Number { get; init; }

    public OpenItemKind Kind { get; init; } = OpenItemKind.Invoice;

    public required DateOnly IssueDate { get; init; }

    public required DateOnly DueDate { get; init; }

    /// <summary>Original amount of the item.</summary>
    public required Money Amount { get; init; }

    /// <summary>What remains to be paid (negative for an unused credit).</summary>
    public required Money Open { get; init; }

    public bool Disputed { get; init; }

    public DateOnly? PromiseToPay { get; init; }

    public int DunningLevel { get; init; }

    /// <summary>True when the due date was computed from payment terms rather than read from the source.</summary>
    public bool DueDateComputed { get; init; }
}
