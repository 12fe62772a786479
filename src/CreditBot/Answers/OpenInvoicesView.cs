using CreditBot.Domain.Clients;
using CreditBot.Domain.Receivables;

namespace CreditBot.Answers;

/// <summary>What the open-invoices card shows: a client's open items (invoices, credit notes, unapplied payments) at a date.</summary>
public sealed record OpenInvoicesView(Client Client, DateOnly AsOf, IReadOnlyList<OpenItem> OpenItems);
