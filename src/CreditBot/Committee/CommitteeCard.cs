using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Decisions;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>
/// Renders <c>cards/committee-vote.json</c> for one reader: the request, the live tally with every named vote, the
/// reader's own vote when they are a member, the synthesis note (headline figures, details collapsible) and, while the
/// request is open, the vote buttons. The buttons' data carries the request id and the choice only.
/// </summary>
public static class CommitteeCard
{
    public const string TemplateName = "committee-vote";

    public const string Verb = "committee.vote";

    /// <summary>The posted-card kind of every copy of this card.</summary>
    public const string Kind = "limit-request";

    public static readonly string[] Choices = ["approve", "counter", "reject", "abstain", "recuse"];

    /// <summary>The card for <paramref name="viewer"/> (null: the shared view), with an answer to their click when there is one.</summary>
    public static RawJson Render(LimitRequestRecord record, string? viewer, TimeZoneInfo zone, CultureInfo culture, string? notice = null, bool warning = false) =>
        CardTemplates.Bind(TemplateName, Data(record, viewer, zone, culture, notice, warning));

    public static JsonObject Data(LimitRequestRecord record, string? viewer, TimeZoneInfo zone, CultureInfo culture, string? notice = null, bool warning = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(zone);
        var request = record.Request;
        var tally = Tally.Of(request.Votes.Where(v => v.Choice != VoteChoice.Recuse).ToList(), Eligible(request), request.Rules.Quorum);
        var decision = request.Decision;
        var own = viewer is null ? null : request.Votes.FirstOrDefault(v => string.Equals(v.Member, viewer, StringComparison.OrdinalIgnoreCase));
        var isMember = viewer is not null && request.Members.Contains(viewer, StringComparer.OrdinalIgnoreCase)
            && !string.Equals(viewer, request.Requester, StringComparison.OrdinalIgnoreCase);

        var data = new JsonObject
        {
            ["title"] = T.Format("card.title", culture, record.ClientName, request.Client.Value),
            ["hasNotice"] = notice is not null,
            ["notice"] = notice ?? string.Empty,
            ["noticeColor"] = warning ? "Warning" : "Good",
            ["asked"] = T.Format(
                "card.asked",
                culture,
                record.RequesterName ?? record.NameOf(request.Requester),
                Figures.Money(request.RequestedAmount, culture),
                request.CurrentLimit is { } current ? Figures.Money(current, culture) : T.Get("card.none", culture),
                request.Id,
                Figures.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(request.CreatedAt, zone).DateTime), culture)),
            ["route"] = Route(record, zone, culture),
            ["statusStyle"] = decision?.Outcome switch
            {
                null => "emphasis",
                DecisionOutcome.Approved => "good",
                DecisionOutcome.Rejected => "attention",
                _ => "warning",
            },
            ["status"] = Status(record, tally, culture),
            ["hasClosing"] = decision is not null,
            ["closing"] = decision is null ? string.Empty : Closing(decision, zone, culture),
            ["tally"] = new JsonArray(
                Fact(T.Get("tally.Approve", culture), tally.Approvals, culture),
                Fact(T.Get("tally.Reject", culture), tally.Rejections, culture),
                Fact(T.Get("tally.Abstain", culture), tally.Abstentions, culture),
                Fact(T.Get("tally.Recuse", culture), request.Votes.Count(v => v.Choice == VoteChoice.Recuse), culture),
                Fact(T.Get("tally.pending", culture), decision is null ? tally.Remaining : 0, culture)),
            ["tallyAsOf"] = T.Format("tally.as-of", culture, When(request.Votes.Count > 0 ? request.Votes.Max(v => v.At) : request.CreatedAt, zone, culture), record.Version),
            ["hasYourVote"] = isMember,
            ["yourVote"] = isMember
                ? own is null ? T.Get("card.your-vote-none", culture) : T.Format("card.your-vote", culture, YourChoiceText(own, culture))
                : string.Empty,
            ["hasVotes"] = request.Votes.Count > 0,
            ["votesTitle"] = T.Get("card.votes", culture),
            ["votes"] = new JsonArray([.. request.Votes.OrderBy(v => v.At).Select(v => (JsonNode)new JsonObject { ["text"] = VoteLine(record, v, zone, culture) })]),
            ["noteTitle"] = T.Format("note.title", culture, Figures.Date(record.Note.AsOf, culture)),
            ["noteHeadline"] = new JsonArray([.. SynthesisText.Headline(record, culture).Select(f => (JsonNode)Fact(f.Label, f.Value))]),
            ["noteDetailsButton"] = T.Get("note.details", culture),
            ["noteDetails"] = new JsonArray([.. SynthesisText.Details(record, culture).Select(f => (JsonNode)Fact(f.Label, f.Value))]),
            ["noteDefinition"] = T.Format("note.definition", culture, Figures.Date(record.Note.AsOf, culture)),
            ["isOpen"] = decision is null,
            ["commentLabel"] = T.Get("input.comment", culture),
            ["counterLabel"] = T.Format("input.counter", culture, request.RequestedAmount.Currency.Code),
            ["buttons"] = Buttons(record.Route == AuthorityLevel.Committee ? ["approve", "reject", "abstain"] : ["approve", "reject"], culture),
            ["otherButtons"] = Buttons(record.Route == AuthorityLevel.Committee ? ["counter", "recuse"] : ["counter"], culture),
            ["verb"] = Verb,
            ["requestId"] = request.Id,
        };
        return data;
    }

    /// <summary>"approves at 60 000 €", "rejects", ... for a vote.</summary>
    public static string ChoiceText(Vote vote, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return vote.Choice == VoteChoice.Approve && vote.CounterAmount is { } counter
            ? T.Format("choice.ApproveAt", culture, Figures.Money(counter, culture))
            : T.Get($"choice.{vote.Choice}", culture);
    }

    /// <summary>"approve at 60 000 €", "reject", ... said to the voter ("you ...").</summary>
    public static string YourChoiceText(Vote vote, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return vote.Choice == VoteChoice.Approve && vote.CounterAmount is { } counter
            ? T.Format("yours.ApproveAt", culture, Figures.Money(counter, culture))
            : T.Get($"yours.{vote.Choice}", culture);
    }

    public static string VoteLine(LimitRequestRecord record, Vote vote, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(vote);
        var when = When(vote.At, zone, culture);
        return string.IsNullOrWhiteSpace(vote.Comment)
            ? T.Format("vote.line", culture, record.NameOf(vote.Member), ChoiceText(vote, culture), when)
            : T.Format("vote.line-comment", culture, record.NameOf(vote.Member), ChoiceText(vote, culture), when, Markdown.Literal(vote.Comment.Trim()));
    }

    /// <summary>The outcome as a sentence: "Approved: new limit 60 000 €, review on ...".</summary>
    public static string Outcome(LimitRequestRecord record, CommitteeDecision decision, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Outcome switch
        {
            DecisionOutcome.Approved => T.Format("status.Approved", culture, Figures.Money(decision.Amount ?? record.Request.RequestedAmount, culture), Figures.Date(ReviewDate(record, decision), culture)),
            DecisionOutcome.Rejected => T.Get("status.Rejected", culture),
            _ => T.Format("status.NoQuorum", culture, decision.Tally.Cast, record.Request.Rules.Quorum),
        };
    }

    /// <summary>The review date of a granted limit: the one asked for, else a year from the decision.</summary>
    public static DateOnly ReviewDate(LimitRequestRecord record, CommitteeDecision decision)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decision);
        return record.ValidUntil ?? DateOnly.FromDateTime(decision.DecidedAt.UtcDateTime).AddYears(1);
    }

    public static string When(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{Figures.Date(DateOnly.FromDateTime(local.DateTime), culture)} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    public static string RuleText(CommitteeRules rules, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = rules.Rule == DecisionRule.QualifiedMajority
            ? T.Format("rule.QualifiedMajority", culture, rules.QualifiedNumerator, rules.QualifiedDenominator)
            : T.Get($"rule.{rules.Rule}", culture);
        return rules.ChairHasCastingVote && rules.Chair is not null ? text + T.Get("rule.casting", culture) : text;
    }

    private static int Eligible(LimitRequestSnapshot request) => request.Members
        .Count(m => !string.Equals(m, request.Requester, StringComparison.OrdinalIgnoreCase)
            && !request.Votes.Any(v => v.Choice == VoteChoice.Recuse && string.Equals(v.Member, m, StringComparison.OrdinalIgnoreCase)));

    private static string Route(LimitRequestRecord record, TimeZoneInfo zone, CultureInfo culture)
    {
        var request = record.Request;
        if (record.Route == AuthorityLevel.Committee)
        {
            return T.Format("card.route-committee", culture, RuleText(request.Rules, culture), request.Rules.Quorum, request.Members.Count, When(request.Deadline, zone, culture));
        }

        var decider = request.Members.Count > 0 ? record.NameOf(request.Members[0]) : string.Empty;
        return T.Format("card.route-person", culture, decider, T.Get($"route.{record.Route}", culture));
    }

    private static string Status(LimitRequestRecord record, Tally tally, CultureInfo culture) =>
        record.Request.Decision is { } decision
            ? Outcome(record, decision, culture)
            : T.Format("status.open", culture, tally.Cast, tally.Eligible, record.Request.Rules.Quorum);

    private static string Closing(CommitteeDecision decision, TimeZoneInfo zone, CultureInfo culture) =>
        T.Format("status.closed-at", culture, When(decision.DecidedAt, zone, culture), T.Get($"closing.{decision.Closing}", culture))
        + (decision.CastingVoteUsed ? T.Get("closing.casting", culture) : string.Empty);

    /// <summary>One decider within their authority approves or rejects (at another amount too); a committee has every choice.</summary>
    private static JsonArray Buttons(string[] choices, CultureInfo culture)
    {
        return new JsonArray([.. choices.Select(choice => (JsonNode)new JsonObject
        {
            ["title"] = T.Get($"button.{choice}", culture),
            ["choice"] = choice,
            ["style"] = choice switch
            {
                "approve" => "positive",
                "reject" => "destructive",
                _ => "default",
            },
        })]);
    }

    private static JsonObject Fact(string label, int count, CultureInfo culture) => Fact(label, count.ToString("N0", culture));

    private static JsonObject Fact(string label, string value) => new() { ["label"] = label, ["value"] = value };
}
