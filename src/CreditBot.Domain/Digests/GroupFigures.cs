using CreditBot.Domain.Dso;

namespace CreditBot.Domain.Digests;

/// <summary>
/// DSO and overdue rate of a group of clients (receivables and sales added before the count-back). An empty
/// <see cref="Key"/> gathers the clients with no value for that grouping.
/// </summary>
public sealed record GroupFigures(GroupKind Kind, string Key, int Clients, DsoResult Dso, OverdueRate OverdueRate);
