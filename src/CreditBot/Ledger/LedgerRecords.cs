using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Ledger;

/// <summary>A client read from a ledger or a client master file. <c>IsMaster</c> is true when the row comes
/// from a client master (limits, terms, owner), false when the ledger only tells us the code and name.</summary>
public sealed record LedgerClient(SourcePosition Position, Client Client, bool IsMaster);

/// <summary>An open item as read; <paramref name="DueDate"/> is null when the source has none (FEC), and the
/// importer then computes it from the client's terms.</summary>
public sealed record LedgerOpenItem(
    SourcePosition Position,
    ClientCode Client,
    string Number,
    OpenItemKind Kind,
    DateOnly IssueDate,
    DateOnly? DueDate,
    Money Amount,
    Money Open)
{
    public bool Disputed { get; init; }

    public DateOnly? PromiseToPay { get; init; }

    public int DunningLevel { get; init; }
}

/// <summary>A settlement read from a ledger. <paramref name="AllocatedIssueDate"/> lets the importer compute the
/// due date of the settled item when the source has none.</summary>
public sealed record LedgerPayment(
    SourcePosition Position,
    ClientCode Client,
    DateOnly Date,
    Money Amount,
    string? Reference,
    string? AllocatedTo,
    DateOnly? AllocatedIssueDate,
    DateOnly? ItemDueDate);

/// <summary>A confirmed, not yet invoiced order.</summary>
public sealed record LedgerOrder(SourcePosition Position, Order Order);
