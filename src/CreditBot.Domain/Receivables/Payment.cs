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

    public string? Reference { get; init; }
}
