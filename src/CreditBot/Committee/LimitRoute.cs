using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Decisions;
using CreditBot.Users;

namespace CreditBot.Committee;

/// <summary>
/// Who decides a limit request, by the authority matrix: within a credit manager's authority, one credit manager of
/// the client's business unit; within the CFO's, the CFO; above, the committee under its rules. The requester is
/// never among those who decide (four eyes). <see cref="Deciders"/> is empty when nobody can.
/// </summary>
public sealed record LimitRoute(AuthorityLevel Level, IReadOnlyList<string> Deciders, CommitteeRules Rules)
{
    public bool HasDeciders => Deciders.Count > 0;

    public static AuthorityMatrix Matrix(CommitteeOptions options, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AuthorityMatrix(new Money(options.CreditManagerUpTo, currency), new Money(options.CfoUpTo, currency));
    }

    public static LimitRoute For(Money amount, Client client, string requester, CommitteeOptions options, PeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(people);
        var level = Matrix(options, amount.Currency).RequiredFor(amount);
        bool NotRequester(string id) => !string.Equals(id, requester, StringComparison.OrdinalIgnoreCase);
        switch (level)
        {
            case AuthorityLevel.CreditManager:
            case AuthorityLevel.Cfo:
                // One person decides: the first holder of the role (for the client's unit) who did not ask.
                var role = level == AuthorityLevel.Cfo ? Role.Cfo : Role.CreditManager;
                var decider = people.HoldersOf(role, client.BusinessUnit).Select(p => p.ObjectId).FirstOrDefault(NotRequester);
                return new LimitRoute(level, decider is null ? [] : [decider], new CommitteeRules { Quorum = 1 });
            default:
                var configured = options.Members.Count > 0
                    ? options.Members
                    : [.. people.HoldersOf(Role.CommitteeMember, null).Select(p => p.ObjectId)];
                var members = configured.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var eligible = members.Count(NotRequester);
                var rules = new CommitteeRules
                {
                    Rule = options.Rule,
                    Quorum = options.Quorum ?? (members.Count / 2) + 1,
                    Chair = options.Chair,
                    ChairHasCastingVote = options.ChairHasCastingVote,
                    AllowVoteChange = options.AllowVoteChange,
                    CounterAmounts = options.CounterAmounts,
                };
                return new LimitRoute(level, eligible == 0 ? [] : members, rules);
        }
    }
}
