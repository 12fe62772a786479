using CreditBot.BotFramework;
using CreditBot.Committee;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Decisions;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Microsoft.Extensions.Options;

namespace CreditBot.Tests.Committee;

/// <summary>The authority matrix picks who decides a limit: a credit manager, the CFO or the committee; never the requester.</summary>
public sealed class LimitRouteTests : IDisposable
{
    private static readonly Client Acme = new() { Code = new ClientCode("ACME"), Name = "ACME", BusinessUnit = "North" };

    private readonly TempFolder _folder = new();
    private readonly CreditDatabase _database;
    private readonly PeopleDirectory _people;
    private readonly CommitteeOptions _options = new() { CreditManagerUpTo = 25_000m, CfoUpTo = 75_000m };

    public LimitRouteTests()
    {
        _database = new CreditDatabase(_folder.File("people.db"));
        var people = new PeopleOptions();
        people.Directory.Add(Entry("cm-south", Role.CreditManager, "South"));
        people.Directory.Add(Entry("cm-north", Role.CreditManager, "North"));
        people.Directory.Add(Entry("cm-north-2", Role.CreditManager, "North"));
        people.Directory.Add(Entry("cfo", Role.Cfo));
        foreach (var member in new[] { "member-1", "member-2", "member-3", "member-4", "member-5" })
        {
            people.Directory.Add(Entry(member, Role.CommitteeMember));
        }

        var options = Options.Create(people);
        _people = new PeopleDirectory(options, new ConfiguredUserDirectory(options), new LedgerStore(_database), Options.Create(new BotFrameworkOptions()));
    }

    [Theory]
    [InlineData(10_000, AuthorityLevel.CreditManager, "cm-north")]
    [InlineData(25_000, AuthorityLevel.CreditManager, "cm-north")]
    [InlineData(25_000.01, AuthorityLevel.Cfo, "cfo")]
    [InlineData(75_000, AuthorityLevel.Cfo, "cfo")]
    public void Within_an_individual_authority_one_person_decides(decimal amount, AuthorityLevel level, string decider)
    {
        var route = LimitRoute.For(Money.Eur(amount), Acme, "seller", _options, _people);

        Assert.Equal(level, route.Level);
        Assert.Equal([decider], route.Deciders);
        Assert.Equal(1, route.Rules.Quorum);
    }

    [Fact]
    public void Above_the_cfo_the_committee_decides_with_a_majority_quorum_by_default()
    {
        var route = LimitRoute.For(Money.Eur(80_000m), Acme, "seller", _options, _people);

        Assert.Equal(AuthorityLevel.Committee, route.Level);
        Assert.Equal(5, route.Deciders.Count);
        Assert.Equal(3, route.Rules.Quorum);
    }

    [Fact]
    public void The_committee_votes_under_its_configured_rules()
    {
        var options = new CommitteeOptions
        {
            Rule = DecisionRule.QualifiedMajority,
            Quorum = 4,
            Chair = "member-1",
            ChairHasCastingVote = true,
            AllowVoteChange = true,
            CounterAmounts = CounterAmountPolicy.MedianAmongApprovals,
        };
        options.Members.Add("member-2");
        options.Members.Add("member-1");

        var route = LimitRoute.For(Money.Eur(80_000m), Acme, "seller", options, _people);

        Assert.Equal(["member-2", "member-1"], route.Deciders);
        Assert.Equal(
            (DecisionRule.QualifiedMajority, 4, "member-1", true, true, CounterAmountPolicy.MedianAmongApprovals),
            (route.Rules.Rule, route.Rules.Quorum, route.Rules.Chair, route.Rules.ChairHasCastingVote, route.Rules.AllowVoteChange, route.Rules.CounterAmounts));
    }

    [Fact]
    public void Nobody_decides_when_the_only_holder_of_the_authority_is_the_requester()
    {
        var route = LimitRoute.For(Money.Eur(50_000m), Acme, "CFO", _options, _people);

        Assert.False(route.HasDeciders);
    }

    [Fact]
    public void A_credit_manager_asking_for_a_limit_does_not_decide_it()
    {
        var route = LimitRoute.For(Money.Eur(10_000m), Acme, "CM-NORTH", _options, _people);

        Assert.Equal(["cm-north-2"], route.Deciders);
    }

    private static PeopleOptions.PersonEntry Entry(string id, Role role, string? unit = null)
    {
        var entry = new PeopleOptions.PersonEntry { ObjectId = id, Name = id };
        entry.Roles.Add(role);
        if (unit is not null)
        {
            entry.BusinessUnits.Add(unit);
        }

        return entry;
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
