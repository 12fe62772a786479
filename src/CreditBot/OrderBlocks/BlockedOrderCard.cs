using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain;
using CreditBot.Domain.Decisions;
using CreditBot.Domain.Orders;
using A = CreditBot.Texts.AnswerTexts;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>
/// Renders <c>cards/blocked-order.json</c>: what an approver needs in ten seconds (order, salesperson, client and
/// risk class, exposure before and after, limit, headroom, insurer cover, overdue by bucket, payment behaviour,
/// disputes, last payment), every reason with its figure, what changed since the block, and the four actions while
/// the order waits. Button data carries the request id and version only; inputs are the condition, reason, approver
/// and comment.
/// </summary>
public static class BlockedOrderCard
{
    public const string TemplateName = "blocked-order";

    public const string Kind = "order-approval";

    public const string ReleaseVerb = "order.release";

    public const string ConditionsVerb = "order.release-conditions";

    public const string RejectVerb = "order.reject";

    public const string ForwardVerb = "order.forward";

    public static readonly string[] RejectReasons = ["reject.overdue", "reject.limit", "reject.risk", "reject.other"];

    public static RawJson Render(BlockedOrderView view, CultureInfo culture, TimeZoneInfo zone, string? notice = null) =>
        CardTemplates.Bind(TemplateName, Data(view, culture, zone, notice));

    public static JsonObject Data(BlockedOrderView view, CultureInfo culture, TimeZoneInfo zone, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var block = view.Block;
        var (style, state) = State(view, culture, zone);
        var note = string.Join(" ", new[] { block.Decision?.Comment is { Length: > 0 } c && c != "auto-release.ready" ? T.Format("state.comment", culture, Markdown.Literal(c)) : null, notice }
            .Where(n => !string.IsNullOrEmpty(n)));
        var data = new JsonObject
        {
            ["requestId"] = block.Id,
            ["version"] = block.Version,
            ["title"] = T.Format("card.title", culture, block.OrderNumber, view.Client?.Name ?? block.Client.Value),
            ["subtitle"] = T.Format(
                "card.subtitle",
                culture,
                block.Client.Value,
                string.IsNullOrWhiteSpace(block.BusinessUnit) ? T.Get("card.no-unit", culture) : block.BusinessUnit,
                Figures.Date(view.AsOf, culture)),
            ["stateStyle"] = style,
            ["state"] = state,
            ["hasStateNote"] = note.Length > 0,
            ["stateNote"] = note,
            ["figures"] = FigureRow.List(Rows(view, culture)),
            ["reasonsTitle"] = T.Format("reasons.title", culture, Figures.Date(block.BlockedAsOf, culture)),
            ["reasons"] = FigureRow.Texts(block.Reasons.Count == 0
                ? [T.Get("reasons.none", culture)]
                : block.Reasons.Select(r => BlockReasonText.Describe(r, culture))),
            ["changesTitle"] = T.Get("changes.title", culture),
            ["changes"] = FigureRow.Texts(Changes(view, culture)),
            ["agedTitle"] = T.Get("aged.title", culture),
            ["aged"] = FigureRow.List(Aged(view, culture)),
            ["footnote"] = T.Format("footnote", culture, Figures.Date(view.AsOf, culture), block.Version.ToString(culture)),
            ["hasActions"] = block.IsOpen,
            ["releaseTitle"] = T.Get("action.release", culture),
            ["conditionsTitle"] = T.Get("action.conditions", culture),
            ["rejectTitle"] = T.Get("action.reject", culture),
            ["forwardTitle"] = T.Get("action.forward", culture),
            ["confirmConditionsTitle"] = T.Get("action.confirm-conditions", culture),
            ["confirmRejectTitle"] = T.Get("action.confirm-reject", culture),
            ["confirmForwardTitle"] = T.Get("action.confirm-forward", culture),
            ["conditionLabel"] = T.Get("input.condition", culture),
            ["termsDaysLabel"] = T.Get("input.terms-days", culture),
            ["commentLabel"] = T.Get("input.comment", culture),
            ["commentPlaceholder"] = T.Get("input.comment-placeholder", culture),
            ["rejectReasonLabel"] = T.Get("input.reject-reason", culture),
            ["forwardLabel"] = T.Get("input.forward-to", culture),
            ["conditionChoices"] = Choices(
            [
                (nameof(ReleaseConditionKind.AgainstPrepayment), T.Get("condition.AgainstPrepayment", culture)),
                (nameof(ReleaseConditionKind.PartialUpToHeadroom), view.HeadroomBefore is { IsPositive: true } headroom
                    ? T.Format("condition.PartialUpToHeadroom", culture, Figures.Money(headroom, culture))
                    : T.Get("condition.PartialUpToHeadroom.choice", culture)),
                (nameof(ReleaseConditionKind.ShorterTerms), T.Get("condition.ShorterTerms.choice", culture)),
            ]),
            ["rejectChoices"] = Choices(RejectReasons.Select(r => (r, T.Get(r, culture)))),
            ["forwardChoices"] = Choices(view.ForwardTo.Select(p => (p.ObjectId, p.Name))),
        };
        return data;
    }

    /// <summary>What the approver saw, one line per figure, reason and change: kept with the decision.</summary>
    public static IReadOnlyList<string> Snapshot(BlockedOrderView view, CultureInfo culture, TimeZoneInfo zone)
    {
        var data = Data(view, culture, zone);
        var lines = new List<string> { (string)data["title"]!, (string)data["subtitle"]!, (string)data["state"]! };
        lines.AddRange(data["figures"]!.AsArray().Select(r => $"{r!["label"]}: {r["value"]}{((bool)r["hasNote"]! ? $" ({r["note"]})" : string.Empty)}"));
        lines.AddRange(data["reasons"]!.AsArray().Select(r => (string)r!["text"]!));
        lines.AddRange(data["changes"]!.AsArray().Select(r => (string)r!["text"]!));
        lines.AddRange(data["aged"]!.AsArray().Select(r => $"{r!["label"]}: {r["value"]}"));
        lines.Add((string)data["footnote"]!);
        return lines;
    }

    /// <summary>"released by Claire Moreau on 23 Nov 2026 10:42", for refusals and messages.</summary>
    public static string When(DateTimeOffset at, CultureInfo culture, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{Figures.Date(DateOnly.FromDateTime(local.DateTime), culture)} {local.ToString("HH:mm", culture)}";
    }

    public static string Condition(ReleaseCondition condition, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return condition.Kind switch
        {
            ReleaseConditionKind.PartialUpToHeadroom when condition.Amount is { } amount => T.Format("condition.PartialUpToHeadroom", culture, Figures.Money(amount, culture)),
            ReleaseConditionKind.ShorterTerms when condition.TermsDays is { } days => T.Format("condition.ShorterTerms", culture, Figures.Days(days, culture)),
            _ => T.Get("condition." + condition.Kind, culture),
        };
    }

    private static (string Style, string Text) State(BlockedOrderView view, CultureInfo culture, TimeZoneInfo zone) =>
        State(view.Block, [.. view.Approvers.Select(a => a.Name)], culture, zone);

    /// <summary>Where the order stands, in words, and the card style that goes with it; <paramref name="approvers"/> name who has it while pending.</summary>
    public static (string Style, string Text) State(OrderBlock block, IReadOnlyList<string> approvers, CultureInfo culture, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(approvers);
        var decision = block.Decision;
        return block.State switch
        {
            OrderBlockState.PendingDecision => ("warning", T.Format(
                "state.pending",
                culture,
                approvers.Count == 0 ? T.Get("state.nobody", culture) : string.Join(", ", approvers))),
            OrderBlockState.ReadyToRelease => ("accent", T.Get("state.ready", culture)),
            OrderBlockState.Released when decision?.DeciderId == OrderBlock.SystemDecider =>
                ("good", T.Format("state.auto-released", culture, When(decision.At, culture, zone))),
            OrderBlockState.Released => ("good", T.Format("state.released", culture, decision?.DeciderName, decision is null ? null : When(decision.At, culture, zone))),
            OrderBlockState.ReleasedWithConditions => ("good", T.Format(
                "state.released-conditions",
                culture,
                decision?.DeciderName,
                decision is null ? null : When(decision.At, culture, zone),
                decision?.Condition is { } condition ? Condition(condition, culture) : null)),
            OrderBlockState.Rejected => ("attention", T.Format(
                "state.rejected",
                culture,
                decision?.DeciderName,
                decision is null ? null : When(decision.At, culture, zone),
                decision?.RejectReason is { } reason && RejectReasons.Contains(reason) ? T.Get(reason, culture) : null)),
            _ => ("default", T.Get("state.expired", culture)),
        };
    }

    private static IEnumerable<JsonObject> Rows(BlockedOrderView view, CultureInfo culture)
    {
        var block = view.Block;
        yield return FigureRow.Of(
            T.Get("fig.order", culture),
            Figures.Money(block.OrderAmount, culture),
            view.OrderDate is { } ordered
                ? T.Format("fig.order-note", culture, block.OrderNumber, Figures.Date(ordered, culture))
                : T.Format("fig.order-note-checked", culture, block.OrderNumber, Figures.Date(block.BlockedAsOf, culture)));
        if (view.SalespersonName is { Length: > 0 } salesperson)
        {
            yield return FigureRow.Of(T.Get("fig.salesperson", culture), salesperson);
        }

        if (view.Client?.RiskClass is { Length: > 0 } risk)
        {
            yield return FigureRow.Of(T.Get("fig.risk-class", culture), risk);
        }

        var matrix = view.Matrix;
        yield return FigureRow.Of(
            T.Get("fig.authority", culture),
            T.Get("level." + view.Required, culture),
            view.Required switch
            {
                AuthorityLevel.CreditManager => T.Format("level.up-to", culture, Figures.Money(matrix.CreditManagerUpTo, culture)),
                AuthorityLevel.Cfo => T.Format("level.up-to", culture, Figures.Money(matrix.CfoUpTo, culture)),
                _ => T.Format("level.above", culture, Figures.Money(matrix.CfoUpTo, culture)),
            });

        if (view.Now is not { } now)
        {
            yield break;
        }

        var before = view.ExposureBefore ?? now.Exposure;
        var after = before + block.OrderAmount;
        yield return FigureRow.Of(T.Get("fig.exposure-before", culture), Figures.Money(before, culture));
        yield return FigureRow.Of(T.Get("fig.exposure-after", culture), Figures.Money(after, culture));
        if (now.Limit is { } limit)
        {
            yield return FigureRow.Of(A.Get("exposure.limit", culture), Figures.Money(limit.Amount, culture));
            var headroom = limit.Amount - after;
            yield return headroom.IsNegative
                ? FigureRow.Of(T.Get("fig.excess-after", culture), Figures.Money(-headroom, culture), tone: Answers.Tone.Attention)
                : FigureRow.Of(T.Get("fig.headroom-after", culture), Figures.Money(headroom, culture), tone: Answers.Tone.Good);
        }
        else
        {
            yield return FigureRow.Of(A.Get("exposure.limit", culture), A.Get("exposure.no-credit-line", culture), tone: Answers.Tone.Attention);
        }

        if (now.InsurerCover is { } cover)
        {
            yield return FigureRow.Of(A.Get("exposure.insurer-cover", culture), Figures.Money(cover, culture));
        }

        yield return FigureRow.Of(T.Get("fig.overdue", culture), Figures.Money(now.Overdue, culture), tone: now.Overdue.IsPositive ? Answers.Tone.Attention : Answers.Tone.Good);
        // The summary is a sentence: it goes under the label, the trend alone on the right.
        yield return view.Behaviour is { } behaviour
            ? FigureRow.Of(T.Get("fig.behaviour", culture), PaymentBehaviourText.Trend(behaviour.Trend, culture), PaymentBehaviourText.Summary(behaviour, culture))
            : FigureRow.Of(T.Get("fig.behaviour", culture), A.Get("behaviour.none", culture));

        var disputed = view.OpenItems.Count(i => i.Disputed && !i.Open.IsZero);
        yield return FigureRow.Of(
            A.Get("exposure.disputes", culture),
            disputed == 0 ? A.Get("common.none", culture) : Figures.Money(now.Disputed, culture),
            disputed == 0 ? null : A.Format("exposure.disputes-note", culture, Figures.Items(disputed, culture)));
        var promised = view.OpenItems.Where(i => i.PromiseToPay is { } p && p >= view.AsOf && i.Open.IsPositive).ToList();
        yield return FigureRow.Of(
            A.Get("exposure.promises", culture),
            promised.Count == 0 ? A.Get("common.none", culture) : Figures.Money(Money.Sum(promised.Select(i => i.Open), now.Exposure.Currency), culture));
        yield return view.LastPayment is { } payment
            ? FigureRow.Of(
                A.Get("exposure.last-payment", culture),
                Figures.Money(payment.Amount, culture),
                A.Format("exposure.last-payment-note", culture, Figures.Date(payment.Date, culture)))
            : FigureRow.Of(A.Get("exposure.last-payment", culture), A.Get("common.none", culture));
    }

    private static List<string> Changes(BlockedOrderView view, CultureInfo culture)
    {
        var block = view.Block;
        var changes = new List<string>();
        if (block.History.LastOrDefault(e => e.Kind == OrderBlockEventKind.Reopened) is { Note: { } why } && block.Round > 1)
        {
            changes.Add(why == "recheck.grown"
                ? T.Format("changes.recheck.grown", culture, Figures.Money(block.OrderAmount, culture))
                : T.Get("changes.recheck.stale", culture));
        }

        if (view.Now is { } now)
        {
            var overdueNow = now.Overdue;
            if (overdueNow.Currency == block.OverdueAtBlock.Currency && overdueNow != block.OverdueAtBlock)
            {
                var diff = block.OverdueAtBlock - overdueNow;
                changes.Add(T.Format(
                    diff.IsPositive ? "changes.paid" : "changes.overdue-up",
                    culture,
                    Figures.Money(diff.IsPositive ? diff : -diff, culture),
                    Figures.Money(block.OverdueAtBlock, culture),
                    Figures.Money(overdueNow, culture)));
            }

            var limitNow = now.Limit?.Amount;
            if (limitNow != block.LimitAtBlock)
            {
                changes.Add(T.Format(
                    "changes.limit",
                    culture,
                    block.LimitAtBlock is { } then ? Figures.Money(then, culture) : A.Get("exposure.no-credit-line", culture),
                    limitNow is { } l ? Figures.Money(l, culture) : A.Get("exposure.no-credit-line", culture)));
            }
        }

        if (changes.Count == 0)
        {
            changes.Add(T.Get("changes.none", culture));
        }

        return changes;
    }

    private static IEnumerable<JsonObject> Aged(BlockedOrderView view, CultureInfo culture)
    {
        if (view.Now is not { } now)
        {
            yield break;
        }

        foreach (var line in now.AgedBalance.Lines.Where(l => !l.Bucket.IsNotDue))
        {
            var label = ExposureCard.BucketLabel(line.Bucket, culture);
            yield return FigureRow.Of(
                line.ItemCount == 0 ? label : $"{label} · {Figures.Items(line.ItemCount, culture)}",
                Figures.Money(line.Amount, culture),
                tone: line.Amount.IsPositive ? Answers.Tone.Attention : Answers.Tone.Default);
        }
    }

    private static JsonArray Choices(IEnumerable<(string Value, string Title)> choices)
    {
        var array = new JsonArray();
        foreach (var (value, title) in choices)
        {
            array.Add(new JsonObject { ["value"] = value, ["title"] = title });
        }

        return array;
    }
}
