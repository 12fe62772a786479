using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Digests;

/// <summary>An overdue item that moved into an older bucket since the previous digest.</summary>
public sealed record AgeingItem(OpenItem Item, AgingBucket From, AgingBucket To, int DaysPastDue);
