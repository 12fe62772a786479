using CreditBot.Domain.Clients;

namespace CreditBot.Domain.Committee;

/// <summary>
/// A request for a credit limit put to a committee. Members are Entra object ids (compared without case); the
/// requester never votes. Every change increments <see cref="Version"/>, which a store checks to refuse concurrent
/// writes. A rejection closes the request as soon as it is certain; an approval closes early only when the remaining
/// members could change neither the outcome nor the amount; otherwise when everyone has voted or at the deadline.
/// When vote changes are allowed, the request closes only when everyone has voted or at the deadline.
/// </summary>
public sealed class LimitRequest
{
    private static readonly StringComparer Ids = StringComparer.OrdinalIgnoreCase;
    private readonly List<Vote> _votes;

    public LimitRequest(
        string id,
        ClientCode client,
        Money requestedAmount,
        Money? currentLimit,
        string requester,
        IEnumerable<string> members,
        CommitteeRules rules,
        DateTimeOffset createdAt,
        DateTimeOffset deadline,
        string? note = null)
        : this(new LimitRequestSnapshot(
            id, client, requestedAmount, currentLimit, requester, [.. members], rules, createdAt, deadline, note, [], null, 0))
    {
    }

    private LimitRequest(LimitRequestSnapshot state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(state.Requester);
        ArgumentNullException.ThrowIfNull(state.Members);
        ArgumentNullException.ThrowIfNull(state.Rules);
        if (!state.RequestedAmount.IsPositive)
        {
            throw new ArgumentException("The requested amount must be positive.", nameof(state));
        }

        Id = state.Id;
        Client = state.Client;
        RequestedAmount = state.RequestedAmount;
        CurrentLimit = state.CurrentLimit;
        Requester = state.Requester;
        Members = [.. state.Members.Distinct(Ids)];
        Rules = state.Rules;
        CreatedAt = state.CreatedAt;
        Deadline = state.Deadline;
        Note = state.Note;
        _votes = [.. state.Votes];
        Decision = state.Decision;
        Version = state.Version;
    }

    public string Id { get; }

    public ClientCode Client { get; }

    public Money RequestedAmount { get; }

    public Money? CurrentLimit { get; }

    public string Requester { get; }

    public IReadOnlyList<string> Members { get; }

    public CommitteeRules Rules { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset Deadline { get; }

    public string? Note { get; }

    public IReadOnlyList<Vote> Votes => _votes;

    public CommitteeDecision? Decision { get; private set; }

    /// <summary>Incremented on every change; a store saves only if the version it loaded is still current.</summary>
    public int Version { get; private set; }

    public bool IsClosed => Decision is not null;

    /// <summary>Members who may vote: everyone but the requester and those who recused themselves.</summary>
    public IReadOnlyList<string> EligibleMembers => [.. Members.Where(member => !Ids.Equals(member, Requester) && !Recused(member))];

    private bool Recused(string member) => _votes.Any(vote => vote.Choice == VoteChoice.Recuse && Ids.Equals(vote.Member, member));

    private IEnumerable<VoteChoice> CastChoices => _votes.Select(vote => vote.Choice).Where(choice => choice != VoteChoice.Recuse);

    public Tally Tally => Tally.Of(_votes, EligibleMembers.Count, Rules.Quorum);

    public static LimitRequest FromSnapshot(LimitRequestSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new LimitRequest(snapshot);
    }

    public LimitRequestSnapshot ToSnapshot() => new(
        Id, Client, RequestedAmount, CurrentLimit, Requester, Members, Rules, CreatedAt, Deadline, Note, [.. _votes], Decision, Version);

    /// <summary>Records <paramref name="member"/>'s vote at <paramref name="at"/> and says what came of it.</summary>
    public VoteOutcome Vote(string member, VoteChoice choice, string? comment, Money? counterAmount, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(member);

        if (Decision is { } decided)
        {
            return new VoteOutcome.AlreadyClosed(decided);
        }

        if (at > Deadline)
        {
            return new VoteOutcome.AlreadyClosed(CloseWith(Deadline, ClosingReason.DeadlinePassed));
        }

        if (Ids.Equals(member, Requester))
        {
            return new VoteOutcome.RequesterCannotVote(member);
        }

        if (!Members.Contains(member, Ids))
        {
            return new VoteOutcome.NotAMember(member);
        }

        if (counterAmount is { } counter && (!counter.IsPositive || counter.Currency != RequestedAmount.Currency))
        {
            return new VoteOutcome.InvalidCounterAmount(counter);
        }

        var vote = new Vote(member, choice, comment, counterAmount, at);
        var index = _votes.FindIndex(existing => Ids.Equals(existing.Member, member));
        if (index >= 0)
        {
            var previous = _votes[index];
            if (previous.SameAs(vote) || !Rules.AllowVoteChange)
            {
                return new VoteOutcome.AlreadyVoted(previous);
            }

            _votes[index] = vote;
            Version++;
            return TryDecide(at) is { } afterChange
                ? new VoteOutcome.Decided(afterChange.Tally, afterChange)
                : new VoteOutcome.Changed(Tally, previous);
        }

        _votes.Add(vote);
        Version++;
        return TryDecide(at) is { } decision
            ? new VoteOutcome.Decided(decision.Tally, decision)
            : new VoteOutcome.Counted(Tally);
    }

    /// <summary>
    /// Closes the request with the votes cast so far: at the deadline (by a scheduler) or earlier on request.
    /// Fewer votes than the quorum give <see cref="DecisionOutcome.NoQuorum"/>.
    /// </summary>
    public VoteOutcome Close(DateTimeOffset at)
    {
        if (Decision is { } decided)
        {
            return new VoteOutcome.AlreadyClosed(decided);
        }

        var decision = at >= Deadline
            ? CloseWith(Deadline, ClosingReason.DeadlinePassed)
            : CloseWith(at, ClosingReason.ClosedEarly);
        return new VoteOutcome.Decided(decision.Tally, decision);
    }

    private CommitteeDecision CloseWith(DateTimeOffset at, ClosingReason reason)
    {
        var (outcome, castingVote) = Evaluate(CastChoices, ChairChoice(_votes));
        return Record(outcome, castingVote, at, reason);
    }

    private CommitteeDecision? TryDecide(DateTimeOffset at)
    {
        var tally = Tally;
        if (tally.Remaining <= 0)
        {
            var (outcome, castingVote) = Evaluate(CastChoices, ChairChoice(_votes));
            return Record(outcome, castingVote, at, ClosingReason.AllVoted);
        }

        if (Rules.AllowVoteChange || !tally.QuorumReached)
        {
            return null;
        }

        var possible = PossibleOutcomes(tally).ToList();
        if (possible.All(result => result.Outcome == DecisionOutcome.Rejected))
        {
            return Record(DecisionOutcome.Rejected, possible.All(result => result.CastingVote), at, ClosingReason.OutcomeCertain);
        }

        // An early approval would take away the remaining members' chance to counter-propose a different amount.
        if (Rules.CounterAmounts == CounterAmountPolicy.RequestedAmount
            && possible.All(result => result.Outcome == DecisionOutcome.Approved))
        {
            return Record(DecisionOutcome.Approved, possible.All(result => result.CastingVote), at, ClosingReason.OutcomeCertain);
        }

        return null;
    }

    /// <summary>Every outcome the remaining eligible members could still bring about (not voting counts as abstaining).</summary>
    private IEnumerable<(DecisionOutcome Outcome, bool CastingVote)> PossibleOutcomes(Tally tally)
    {
        var cast = CastChoices.ToList();
        var chairPending = Rules.Chair is { } chair
            && EligibleMembers.Contains(chair, Ids)
            && !_votes.Any(vote => Ids.Equals(vote.Member, chair));
        var others = tally.Remaining - (chairPending ? 1 : 0);
        VoteChoice?[] chairOptions = chairPending
            ? [VoteChoice.Approve, VoteChoice.Reject, VoteChoice.Abstain]
            : [ChairChoice(_votes)];

        foreach (var chairChoice in chairOptions)
        {
            for (var approvals = 0; approvals <= others; approvals++)
            {
                for (var rejections = 0; approvals + rejections <= others; rejections++)
                {
                    var choices = cast
                        .Concat(Enumerable.Repeat(VoteChoice.Approve, approvals))
                        .Concat(Enumerable.Repeat(VoteChoice.Reject, rejections))
                        .Concat(chairPending && chairChoice is { } choice ? [choice] : []);
                    yield return Evaluate(choices, chairChoice);
                }
            }
        }
    }

    private VoteChoice? ChairChoice(IEnumerable<Vote> votes) =>
        Rules.Chair is { } chair ? votes.FirstOrDefault(vote => Ids.Equals(vote.Member, chair))?.Choice : null;

    private (DecisionOutcome Outcome, bool CastingVote) Evaluate(IEnumerable<VoteChoice> choices, VoteChoice? chairChoice)
    {
        var list = choices.ToList();
        if (list.Count < Rules.Quorum)
        {
            return (DecisionOutcome.NoQuorum, false);
        }

        var approvals = list.Count(choice => choice == VoteChoice.Approve);
        var rejections = list.Count(choice => choice == VoteChoice.Reject);
        switch (Rules.Rule)
        {
            case DecisionRule.AllMustApprove:
                return (approvals == EligibleMembers.Count ? DecisionOutcome.Approved : DecisionOutcome.Rejected, false);
            case DecisionRule.QualifiedMajority:
                var qualified = approvals > 0
                    && approvals * Rules.QualifiedDenominator >= Rules.QualifiedNumerator * (approvals + rejections);
                return (qualified ? DecisionOutcome.Approved : DecisionOutcome.Rejected, false);
            default:
                if (approvals != rejections)
                {
                    return (approvals > rejections ? DecisionOutcome.Approved : DecisionOutcome.Rejected, false);
                }

                return Rules.ChairHasCastingVote && approvals > 0 && chairChoice is VoteChoice.Approve or VoteChoice.Reject
                    ? (chairChoice == VoteChoice.Approve ? DecisionOutcome.Approved : DecisionOutcome.Rejected, true)
                    : (DecisionOutcome.Rejected, false);
        }
    }

    private CommitteeDecision Record(DecisionOutcome outcome, bool castingVote, DateTimeOffset at, ClosingReason reason)
    {
        var decision = new CommitteeDecision(
            outcome,
            outcome == DecisionOutcome.Approved ? GrantedAmount() : null,
            Tally,
            at,
            reason,
            castingVote);
        Decision = decision;
        Version++;
        return decision;
    }

    private Money GrantedAmount()
    {
        var amounts = _votes
            .Where(vote => vote.Choice == VoteChoice.Approve)
            .Select(vote => vote.CounterAmount ?? RequestedAmount)
            .Order()
            .ToList();
        return Rules.CounterAmounts switch
        {
            CounterAmountPolicy.RequestedAmount => RequestedAmount,
            _ when amounts.Count == 0 => RequestedAmount,
            CounterAmountPolicy.MedianAmongApprovals => amounts[(amounts.Count - 1) / 2],
            _ => amounts[0],
        };
    }
}
