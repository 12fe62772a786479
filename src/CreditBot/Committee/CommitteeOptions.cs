using System.ComponentModel.DataAnnotations;
using CreditBot.Domain.Committee;

namespace CreditBot.Committee;

/// <summary>
/// The credit committee and the authority matrix: who sits, how they decide, how long they have, where the cards go.
/// </summary>
public sealed class CommitteeOptions
{
    public const string SectionName = "Committee";

    /// <summary>Entra object ids of the members; empty: everyone holding the <c>CommitteeMember</c> role.</summary>
    public IList<string> Members { get; } = [];

    public DecisionRule Rule { get; set; } = DecisionRule.SimpleMajority;

    /// <summary>Votes needed for a decision; null: a majority of the members.</summary>
    [Range(1, 100)]
    public int? Quorum { get; set; }

    /// <summary>The chair's object id, if any.</summary>
    public string? Chair { get; set; }

    public bool ChairHasCastingVote { get; set; }

    public bool AllowVoteChange { get; set; }

    public CounterAmountPolicy CounterAmounts { get; set; } = CounterAmountPolicy.LowestAmongApprovals;

    /// <summary>How long members have to vote.</summary>
    [Range(1, 24 * 60)]
    public int DeadlineHours { get; set; } = 72;

    /// <summary>Members who have not voted are reminded this long before the deadline; 0: no reminder.</summary>
    [Range(0, 24 * 60)]
    public int ReminderHoursBeforeDeadline { get; set; } = 24;

    /// <summary>A credit manager decides a limit up to this amount alone (company currency).</summary>
    [Range(typeof(decimal), "0", "1000000000000")]
    public decimal CreditManagerUpTo { get; set; } = 25_000m;

    /// <summary>The CFO decides up to this amount alone; above, the committee.</summary>
    [Range(typeof(decimal), "0", "1000000000000")]
    public decimal CfoUpTo { get; set; } = 75_000m;

    /// <summary>The company's margin rate, a fraction (0.10 is 10 %): what a loss costs in sales to make up.</summary>
    [Range(typeof(decimal), "0.0001", "1")]
    public decimal MarginRate { get; set; } = 0.10m;

    /// <summary>A group chat (or channel) conversation id for the committee card; empty: each member 1:1.</summary>
    public string? ConversationId { get; set; }

    /// <summary>Whether this instance runs the deadline and reminder job (tests run it by hand on the fake clock).</summary>
    public bool RunDeadlineJob { get; set; } = true;

    /// <summary>How long a new limit stays valid before review when the request does not say.</summary>
    [Range(1, 60)]
    public int DefaultValidityMonths { get; set; } = 12;
}
