using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;

namespace CreditBot.Ledger;

/// <summary>
/// Sales invoiced to a client in one month, tax included (for count-back DSO). <see cref="Days"/> splits them by day
/// when the source dates each sale (FEC, CSV), so the DSO of a past date inside the month can count its sales to
/// that day; null when the source (or a store written before it was kept) gives the month only.
/// </summary>
public sealed record MonthlySales(ClientCode Client, int Year, int Month, Money Sales)
{
    public IReadOnlyList<DaySales>? Days { get; init; }
}
