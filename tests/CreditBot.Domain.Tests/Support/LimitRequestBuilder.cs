using CreditBot.Domain.Committee;

namespace CreditBot.Domain.Tests.Support;

/// <summary>Builds a limit request voted by members "m1".."mN", asked by "requester", open for a week.</summary>
public sealed class LimitRequestBuilder
{
    public static readonly DateTimeOffset Opened = new(2025, 6, 30, 9, 0, 0, TimeSpan.Zero);

    private string[] _members = ["m1", "m2", "m3"];
    private CommitteeRules _rules = CommitteeRules.Default;
    private decimal _requested = 100_000m;

    public static LimitRequestBuilder ALimitRequest => new();

    public LimitRequestBuilder WithMembers(int count)
    {
        _members = [.. Enumerable.Range(1, count).Select(i => $"m{i}")];
        return this;
    }

    public LimitRequestBuilder WithRequesterAmongMembers()
    {
        _members = [.. _members, "requester"];
        return this;
    }

    public LimitRequestBuilder Under(CommitteeRules rules)
    {
        _rules = rules;
        return this;
    }

    public LimitRequestBuilder Requesting(decimal amount)
    {
        _requested = amount;
        return this;
    }

    public LimitRequest Build() => new(
        "LR-1",
        A.Acme,
        Money.Eur(_requested),
        Money.Eur(50_000m),
        "requester",
        _members,
        _rules,
        Opened,
        Opened.AddDays(7));
}

public static class LimitRequestVoting
{
    public static VoteOutcome Approve(this LimitRequest request, string member, decimal? counter = null) =>
        request.Vote(member, VoteChoice.Approve, null, counter is { } amount ? Money.Eur(amount) : null, LimitRequestBuilder.Opened.AddHours(1));

    public static VoteOutcome Reject(this LimitRequest request, string member) =>
        request.Vote(member, VoteChoice.Reject, "too risky", null, LimitRequestBuilder.Opened.AddHours(1));

    public static VoteOutcome Abstain(this LimitRequest request, string member) =>
        request.Vote(member, VoteChoice.Abstain, null, null, LimitRequestBuilder.Opened.AddHours(1));
}
