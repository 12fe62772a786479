using System.Globalization;
using System.Text;
using CreditBot.Answers;
using CreditBot.Cards;
using CreditBot.Domain.Committee;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>
/// The minutes of a closed request, written from the data (Markdown): the request, the rules and members, who voted and
/// who did not, each named vote with its comment, the synthesis note as it stood, the outcome.
/// </summary>
public static class Minutes
{
    public static string Write(LimitRequestRecord record, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(record);
        var request = record.Request;
        var decision = request.Decision ?? throw new InvalidOperationException($"Limit request {request.Id} is still open: no minutes yet.");
        var voted = request.Votes.Select(v => v.Member).ToList();
        var absent = request.Members
            .Where(m => !string.Equals(m, request.Requester, StringComparison.OrdinalIgnoreCase))
            .Where(m => !voted.Contains(m, StringComparer.OrdinalIgnoreCase))
            .Select(record.NameOf)
            .ToList();
        var nobody = T.Get("minutes.nobody", culture);
        var text = new StringBuilder();
        text.Append("## ").AppendLine(T.Format("minutes.title", culture, request.Id, record.ClientName, request.Client.Value)).AppendLine();
        text.AppendLine(T.Format(
            "minutes.request",
            culture,
            record.RequesterName ?? record.NameOf(request.Requester),
            CommitteeCard.When(request.CreatedAt, zone, culture),
            Figures.Money(request.RequestedAmount, culture),
            request.CurrentLimit is { } current ? Figures.Money(current, culture) : T.Get("card.none", culture),
            record.Justification is { } justification ? Markdown.Literal(justification) : T.Get("note.unknown", culture))).AppendLine();
        text.AppendLine(T.Format(
            "minutes.rules",
            culture,
            CommitteeCard.RuleText(request.Rules, culture),
            request.Rules.Quorum,
            string.Join(", ", request.Members.Select(record.NameOf)))).AppendLine();
        text.AppendLine(T.Format(
            "minutes.present",
            culture,
            voted.Count == 0 ? nobody : string.Join(", ", voted.Select(record.NameOf)),
            absent.Count == 0 ? nobody : string.Join(", ", absent))).AppendLine();
        text.Append("### ").AppendLine(T.Get("minutes.votes", culture));
        foreach (var vote in request.Votes.OrderBy(v => v.At))
        {
            text.Append("- ").AppendLine(CommitteeCard.VoteLine(record, vote, zone, culture));
        }

        text.AppendLine().Append("### ").AppendLine(T.Get("minutes.note", culture));
        foreach (var (label, value) in SynthesisText.Headline(record, culture).Concat(SynthesisText.Details(record, culture)))
        {
            text.Append("- ").Append(label).Append(culture.TwoLetterISOLanguageName == "fr" ? " : " : ": ").AppendLine(value);
        }

        text.AppendLine().Append("### ").AppendLine(T.Get("minutes.outcome", culture));
        text.AppendLine(CommitteeCard.Outcome(record, decision, culture));
        text.AppendLine(T.Format("status.closed-at", culture, CommitteeCard.When(decision.DecidedAt, zone, culture), T.Get($"closing.{decision.Closing}", culture))
            + (decision.CastingVoteUsed ? T.Get("closing.casting", culture) : string.Empty));
        text.AppendLine(VotesSummary(decision, request, culture));
        return text.ToString();
    }

    public static string VotesSummary(CommitteeDecision decision, LimitRequestSnapshot request, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(request);
        return T.Format(
            "outcome.votes",
            culture,
            decision.Tally.Approvals,
            decision.Tally.Rejections,
            decision.Tally.Abstentions,
            request.Votes.Count(v => v.Choice == VoteChoice.Recuse));
    }
}
