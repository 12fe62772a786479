using CreditBot.Domain.Clients;

namespace CreditBot.Domain.Digests;

/// <summary>A client among the largest overdue amounts, with its oldest item's days past due.</summary>
public sealed record TopOverdueClient(ClientCode Client, string Name, Money Overdue, int OldestDaysPastDue);
