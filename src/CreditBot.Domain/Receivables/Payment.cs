using CreditBot.Domain.Clients;

namespace CreditBot.Domain.Receivables;

/// <summary>A settlement: an amount received on a date, allocated to an item (when known).</summary>
public sealed record Payment
{
    public required ClientCode Client { get; init; }

    public required DateOnly Date { get; init; }

    public required Money Amount { get; init; }

    /// <summary>Number of the item it settles, when the allocation is known.</summary>
    public string? AllocatedTo { get; init; }

    /// <summary>Due date of that item, so that days late can be computed without reloading it.</summary>
    public DateOnly? ItemDueDate { get; init; }

    /// <summary>
    /// Issue date of that item (in an FEC, the date of the lettered invoice line), so that what was owed at a past date
    /// can be rebuilt: a settlement after that date of an item issued before it was still owed then. Null when the
    /// source does not say (or the store predates it).
    /// </summary>
    public DateOnly? ItemIssueDate { get; init; }

    public string? Reference { get; init; }
}
