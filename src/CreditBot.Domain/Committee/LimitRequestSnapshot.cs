using CreditBot.Domain.Clients;

namespace CreditBot.Domain.Committee;

/// <summary>The full state of a <see cref="LimitRequest"/> as plain data, for a store to save and load.</summary>
public sealed record LimitRequestSnapshot(
    string Id,
    ClientCode Client,
    Money RequestedAmount,
    Money? CurrentLimit,
    string Requester,
    IReadOnlyList<string> Members,
    CommitteeRules Rules,
    DateTimeOffset CreatedAt,
    DateTimeOffset Deadline,
    string? Note,
    IReadOnlyList<Vote> Votes,
    CommitteeDecision? Decision,
    int Version);
