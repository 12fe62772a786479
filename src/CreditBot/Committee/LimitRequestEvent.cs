using CreditBot.Domain;
using CreditBot.Domain.Committee;

namespace CreditBot.Committee;

/// <summary>One line of a request's history (the audit trail): who did what, when, at which version.</summary>
public sealed record LimitRequestEvent(
    string RequestId,
    int Version,
    DateTimeOffset At,
    string Actor,
    string Kind,
    VoteChoice? Choice = null,
    string? Comment = null,
    Money? CounterAmount = null,
    string? Outcome = null);
