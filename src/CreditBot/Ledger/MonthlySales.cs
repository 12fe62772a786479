using CreditBot.Domain;
using CreditBot.Domain.Clients;

namespace CreditBot.Ledger;

/// <summary>Sales invoiced to a client in one month, tax included (for count-back DSO).</summary>
public sealed record MonthlySales(ClientCode Client, int Year, int Month, Money Sales);
