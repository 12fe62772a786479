using CreditBot.Committee;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Decisions;

namespace CreditBot.Tests.Committee;

/// <summary>A limit request of 80 000 € for ACME put to a five-member committee (majority, quorum 3).</summary>
internal static class CommitteeSamples
{
    public static readonly DateTimeOffset Opened = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static readonly string[] Members = ["member-1", "member-2", "member-3", "member-4", "member-5"];

    public static LimitRequestRecord Record(string id = "LR-1", CommitteeRules? rules = null) => new()
    {
        Request = new LimitRequest(
            id, new ClientCode("ACME"), Money.Eur(80_000m), Money.Eur(50_000m), "requester", Members,
            rules ?? new CommitteeRules { Quorum = 3 }, Opened, Opened.AddHours(72)).ToSnapshot(),
        ClientName = "ACME Industries",
        RequesterName = "Camille Martin",
        RequesterCulture = "fr-FR",
        Route = AuthorityLevel.Committee,
        Justification = "New plant order book",
        ExpectedMonthlyBusiness = Money.Eur(30_000m),
        Note = new SynthesisNote
        {
            AsOf = DateOnly.FromDateTime(Opened.UtcDateTime),
            ClientName = "ACME Industries",
            Exposure = Money.Eur(42_000m),
            Overdue = Money.Eur(5_000m),
            Disputed = Money.Eur(0m),
            MarginRate = 0.10m,
            SalesToRecoverLoss = Money.Eur(800_000m),
        },
    };

    public static LimitRequestEvent Created(LimitRequestRecord record) =>
        new(record.Id, record.Version, record.Request.CreatedAt, record.Request.Requester, "created");

    /// <summary>A vote through the store, as the vote handler makes it.</summary>
    public static VoteOutcome? Vote(ILimitRequestStore store, string id, string member, VoteChoice choice, string? comment = null, decimal? counter = null, DateTimeOffset? at = null) =>
        store.Update(id, record =>
        {
            var request = record.ToDomain();
            var when = at ?? Opened.AddHours(1);
            var outcome = request.Vote(member, choice, comment, counter is { } c ? Money.Eur(c) : null, when);
            return request.Version == record.Version
                ? new LimitRequestChange<VoteOutcome>(null, [], outcome)
                : new LimitRequestChange<VoteOutcome>(
                    record with { Request = request.ToSnapshot() },
                    [new LimitRequestEvent(id, request.Version, when, member, "vote", choice, comment, counter is { } a ? Money.Eur(a) : null, outcome.GetType().Name)],
                    outcome);
        })?.Result;
}
