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

    public static LimitRequestRecord Record(string id = "LR-1", CommitteeRules? rules = null, DateTimeOffset? opened = null) => new()
    {
        Request = new LimitRequest(
            id, new ClientCode("ACME"), Money.Eur(80_000m), Money.Eur(50_000m), "requester", Members,
            rules ?? new CommitteeRules { Quorum = 3 }, opened ?? Opened, (opened ?? Opened).AddHours(72)).ToSnapshot(),
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
            CurrentLimit = Money.Eur(50_000m),
            Headroom = Money.Eur(8_000m),
            RecentDaysLate = 12.4m,
            PreviousDaysLate = 8m,
            Trend = CreditBot.Domain.Dso.PaymentTrend.Worsening,
            Dso = 58.3m,
            InsurerCover = Money.Eur(40_000m),
            RiskClass = "B",
            Aged = [new AgedAmount(CreditBot.Domain.Receivables.AgingBucket.NotDue, Money.Eur(37_000m)), new AgedAmount(new CreditBot.Domain.Receivables.AgingBucket(1, 30), Money.Eur(5_000m))],
            Overdue = Money.Eur(5_000m),
            Disputed = Money.Eur(0m),
            MarginRate = 0.10m,
            SalesToRecoverLoss = Money.Eur(800_000m),
        },
    };

    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The sample request with three named votes (one counter-amount, one comment, one recusal).</summary>
    public static LimitRequestRecord WithVotes(bool closed = false)
    {
        var record = Record() with
        {
            Names = new Dictionary<string, string>
            {
                ["requester"] = "Camille Martin",
                ["member-1"] = "Claire Moreau",
                ["member-2"] = "Paul Lefebvre",
                ["member-3"] = "Inès Garnier",
                ["member-4"] = "Marc Blanc",
                ["member-5"] = "Sarah Cohen",
            },
        };
        var request = record.ToDomain();
        request.Vote("member-1", VoteChoice.Approve, "Good payer for years", Money.Eur(60_000m), Opened.AddHours(1));
        request.Vote("member-2", VoteChoice.Reject, "Too much overdue", null, Opened.AddHours(2));
        request.Vote("member-5", VoteChoice.Recuse, "I sit on their board", null, Opened.AddHours(3));
        if (closed)
        {
            request.Vote("member-3", VoteChoice.Approve, null, null, Opened.AddHours(4));
            request.Vote("member-4", VoteChoice.Approve, null, null, Opened.AddHours(5));
        }

        return record with { Request = request.ToSnapshot() };
    }

    /// <summary>Twelve members, each voting with the longest comment the card takes, and a long history.</summary>
    public static LimitRequestRecord Largest(string longName)
    {
        var members = Enumerable.Range(1, 12).Select(i => $"member-{i}").ToList();
        var record = Record() with
        {
            Request = new LimitRequest("LR-261123-abcdef", new ClientCode("C000000042"), Money.Eur(999_999_999.99m), Money.Eur(999_999_999.99m), "requester", members,
                new CommitteeRules { Quorum = 7 }, Opened, Opened.AddHours(72)).ToSnapshot(),
            ClientName = longName,
            RequesterName = longName,
            Justification = new string('j', 1000),
            Names = members.ToDictionary(m => m, _ => longName),
            Note = Record().Note with
            {
                ClientName = longName,
                RiskClass = new string('r', 40),
                History = [.. Enumerable.Range(1, 20).Select(i => new PastLimitDecision($"LR-2611{i:00}-abcdef", new DateOnly(2026, 1, 1).AddDays(i), "Approved", Money.Eur(999_999_999.99m)))],
            },
        };
        var request = record.ToDomain();
        foreach (var member in members.Take(11))
        {
            request.Vote(member, VoteChoice.Approve, new string('c', 500), Money.Eur(999_999_999.98m), Opened.AddHours(1));
        }

        return record with { Request = request.ToSnapshot() };
    }

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

    /// <summary>Closes a request through the store at <paramref name="at"/>, as the chair or the deadline job does.</summary>
    public static CommitteeDecision? Close(ILimitRequestStore store, string id, DateTimeOffset at) =>
        store.Update(id, record =>
        {
            var request = record.ToDomain();
            var outcome = request.Close(at);
            return request.Version == record.Version
                ? new LimitRequestChange<CommitteeDecision?>(null, [], null)
                : new LimitRequestChange<CommitteeDecision?>(
                    record with { Request = request.ToSnapshot() },
                    [new LimitRequestEvent(id, request.Version, at, "chair", "closed")],
                    request.Decision);
        })?.Result;
}
