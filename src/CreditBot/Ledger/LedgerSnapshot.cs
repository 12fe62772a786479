using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Ledger;

/// <summary>Everything one import replaces, validated and ready to write.</summary>
public sealed record LedgerSnapshot(
    IReadOnlyList<Client> Clients,
    IReadOnlyList<Client> ClientMaster,
    IReadOnlyList<OpenItem> OpenItems,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<MonthlySales> MonthlySales);
