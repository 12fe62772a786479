using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Digests;

/// <summary>A client with its open items and monthly sales: the plain input of the weekly DSO summary.</summary>
public sealed record ClientPosition(Client Client, IReadOnlyList<OpenItem> OpenItems, IReadOnlyList<MonthlySales> Sales);
