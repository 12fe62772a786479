using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Digests;

/// <summary>An item that was not yet due at the previous digest and is past due now.</summary>
public sealed record NewlyOverdueItem(OpenItem Item, int DaysPastDue);
