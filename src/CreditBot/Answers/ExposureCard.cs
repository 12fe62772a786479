using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Receivables;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/exposure.json</c>: a client's exposure and what it is made of, limit, headroom or excess,
/// insurer cover, overdue, aged balance, payment behaviour, promises, disputes and block status with every reason.
/// </summary>
public static class ExposureCard
{
    public const string TemplateName = "exposure";

    public static RawJson Render(ExposureView view, CultureInfo culture) => CardTemplates.Bind(TemplateName, Data(view, culture));

    public static JsonObject Data(ExposureView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var result = view.Exposure;
        var block = result.Block;

        return new JsonObject
        {
            ["title"] = view.Client.Name,
            ["subtitle"] = T.Format("exposure.subtitle", culture, view.Client.Code.Value, Figures.Date(result.AsOf, culture)),
            ["exposureLabel"] = T.Get("exposure.label", culture),
            ["exposure"] = Figures.Money(result.Exposure, culture),
            ["composition"] = T.Format(
                "exposure.composition",
                culture,
                Figures.Money(result.Receivables, culture),
                Figures.Money(result.Orders, culture)),
            ["definition"] = Definition(result.Definition, culture),
            ["blockStyle"] = block.IsBlocked ? "attention" : "good",
            ["blockTitle"] = block.IsBlocked
                ? Figures.Plural("exposure.blocked", block.Reasons.Count, block.Reasons.Count.ToString("N0", culture), culture)
                : T.Get("exposure.not-blocked", culture),
            ["blockReasons"] = FigureRow.Texts(block.Reasons.Select(reason => BlockReasonText.Describe(reason, culture))),
            ["figures"] = FigureRow.List(Rows(view, culture)),
            ["agedTitle"] = T.Get("aged.title", culture),
            ["aged"] = FigureRow.List(AgedRows(result.AgedBalance, culture)),
            ["agedTotal"] = FigureRow.List([FigureRow.Of(T.Get("aged.total", culture), Figures.Money(result.AgedBalance.Total, culture))]),
            ["behaviourTitle"] = T.Get("behaviour.title", culture),
            ["behaviour"] = view.Behaviour is { } behaviour
                ? PaymentBehaviourText.Summary(behaviour, culture)
                : T.Get("behaviour.none", culture),
        };
    }

    /// <summary>The sentence stating what the exposure figure counts.</summary>
    public static string Definition(ExposureDefinition definition, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = T.Get(definition.TextKey, culture);
        return definition.IncludesPrepaymentOrders ? text + T.Get("exposure.definition.prepayment-included", culture) : text;
    }

    private static IEnumerable<JsonObject> Rows(ExposureView view, CultureInfo culture)
    {
        var result = view.Exposure;
        var asOf = result.AsOf;

        yield return LimitRow(result, culture);

        if (result.Headroom is { } headroom && result.Limit is { } limit && !limit.Amount.IsZero)
        {
            var used = T.Format("exposure.limit-used", culture, Figures.Percent(result.Exposure.Amount * 100m / limit.Amount.Amount, culture, 0));
            yield return headroom.IsNegative
                ? FigureRow.Of(T.Get("exposure.excess", culture), Figures.Money(result.Excess!.Value, culture), used, Tone.Attention)
                : FigureRow.Of(T.Get("exposure.headroom", culture), Figures.Money(headroom, culture), used, headroom.IsZero ? Tone.Warning : Tone.Good);
        }

        if (result.InsurerCover is { } cover)
        {
            var uninsured = result.Uninsured!.Value;
            yield return FigureRow.Of(
                T.Get("exposure.insurer-cover", culture),
                Figures.Money(cover, culture),
                T.Format("exposure.uninsured", culture, Figures.Money(uninsured, culture)));
        }

        var overdueItems = OverdueItemCount(view.Client, view.OpenItems, result);
        var oldest = result.AgedBalance.Lines.LastOrDefault(line => !line.Bucket.IsNotDue && line.Amount.IsPositive);
        yield return overdueItems == 0 || oldest is null
            ? FigureRow.Of(T.Get("exposure.overdue", culture), Figures.Money(result.Overdue, culture), tone: result.Overdue.IsPositive ? Tone.Attention : Tone.Good)
            : FigureRow.Of(
                T.Get("exposure.overdue", culture),
                Figures.Money(result.Overdue, culture),
                T.Format("exposure.overdue-note", culture, Figures.Items(overdueItems, culture), BucketLabel(oldest.Bucket, culture, inline: true)),
                result.Overdue.IsPositive ? Tone.Attention : Tone.Default);

        var disputed = view.OpenItems.Where(item => item.Client == view.Client.Code && item.Disputed && !item.Open.IsZero).ToList();
        yield return disputed.Count == 0
            ? FigureRow.Of(T.Get("exposure.disputes", culture), T.Get("common.none", culture))
            : FigureRow.Of(
                T.Get("exposure.disputes", culture),
                Figures.Money(result.Disputed, culture),
                T.Format("exposure.disputes-note", culture, Figures.Items(disputed.Count, culture)),
                Tone.Warning);

        yield return PromisesRow(view, asOf, culture);

        yield return view.LastPayment is { } payment
            ? FigureRow.Of(
                T.Get("exposure.last-payment", culture),
                Figures.Money(payment.Amount, culture),
                T.Format("exposure.last-payment-note", culture, Figures.Date(payment.Date, culture)))
            : FigureRow.Of(T.Get("exposure.last-payment", culture), T.Get("common.none", culture));

        if (!string.IsNullOrWhiteSpace(view.Client.RiskClass))
        {
            yield return FigureRow.Of(T.Get("exposure.risk-class", culture), view.Client.RiskClass);
        }
    }

    /// <summary>
    /// The client's items with an amount past due, counted as the block rule counts them (credit notes aside, disputed
    /// items as the exposure definition says).
    /// </summary>
    public static int OverdueItemCount(Client client, IEnumerable<OpenItem> openItems, ExposureResult result)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(result);
        return openItems.Count(item =>
            item.Client == client.Code
            && item.Open.IsPositive
            && AgedBalance.DaysPast(item, result.AsOf) > 0
            && (result.Definition.IncludesDisputedItems || !item.Disputed));
    }

    private static JsonObject LimitRow(ExposureResult result, CultureInfo culture)
    {
        var label = T.Get("exposure.limit", culture);
        if (result.Limit is not { } limit)
        {
            return FigureRow.Of(label, T.Get("exposure.no-credit-line", culture), tone: Tone.Attention);
        }

        var notes = new List<string>();
        if (limit.ValidFrom is { } validFrom && validFrom > result.AsOf)
        {
            notes.Add(T.Format("exposure.valid-from", culture, Figures.Date(validFrom, culture)));
        }

        if (limit.ReviewDate is { } review)
        {
            notes.Add(T.Format(review < result.AsOf ? "exposure.review-passed" : "exposure.review", culture, Figures.Date(review, culture)));
        }

        var note = notes.Count == 0 ? null : string.Join(" · ", notes);
        return limit.Amount.IsZero
            ? FigureRow.Of(label, T.Get("exposure.limit-zero", culture), note, Tone.Attention)
            : FigureRow.Of(label, Figures.Money(limit.Amount, culture), note);
    }

    private static JsonObject PromisesRow(ExposureView view, DateOnly asOf, CultureInfo culture)
    {
        var label = T.Get("exposure.promises", culture);
        var promised = view.OpenItems
            .Where(item => item.Client == view.Client.Code && item.PromiseToPay is not null && item.Open.IsPositive)
            .ToList();
        if (promised.Count == 0)
        {
            return FigureRow.Of(label, T.Get("common.none", culture));
        }

        var kept = promised.Where(item => item.PromiseToPay >= asOf).ToList();
        var broken = promised.Where(item => item.PromiseToPay < asOf).ToList();
        var notes = new List<string>();
        if (kept.Count > 0)
        {
            notes.Add(T.Format("exposure.promises-open", culture, Figures.Items(kept.Count, culture), Figures.Date(kept.Min(item => item.PromiseToPay!.Value), culture)));
        }

        if (broken.Count > 0)
        {
            notes.Add(T.Format("exposure.promises-broken", culture, Figures.Items(broken.Count, culture), Figures.Date(broken.Max(item => item.PromiseToPay!.Value), culture)));
        }

        var currency = view.Client.Currency;
        var amount = Money.Sum((kept.Count > 0 ? kept : broken).Select(item => item.Open), currency);
        return FigureRow.Of(label, Figures.Money(amount, culture), string.Join(" · ", notes), broken.Count > 0 ? Tone.Warning : Tone.Default);
    }

    private static IEnumerable<JsonObject> AgedRows(AgedBalance aged, CultureInfo culture)
    {
        foreach (var line in aged.Lines)
        {
            var tone = line.Bucket.IsNotDue || !line.Amount.IsPositive ? Tone.Default
                : line.Bucket.FromDays <= 30 ? Tone.Warning
                : Tone.Attention;
            // One line per bucket keeps the table short on a phone: the item count goes beside the label.
            var label = BucketLabel(line.Bucket, culture);
            yield return FigureRow.Of(
                line.ItemCount == 0 ? label : $"{label} · {Figures.Items(line.ItemCount, culture)}",
                Figures.Money(line.Amount, culture),
                tone: tone);
        }
    }

    /// <summary>"Not due", "1–30 days", "Over 90 days"; <paramref name="inline"/> for the middle of a sentence ("over 90 days").</summary>
    public static string BucketLabel(AgingBucket bucket, CultureInfo culture, bool inline = false)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return (bucket.FromDays, bucket.ToDays) switch
        {
            (null, _) => T.Get("aged.not-due", culture),
            ({ } from, null) => T.Format(inline ? "aged.over.inline" : "aged.over", culture, (from - 1).ToString("N0", culture)),
            ({ } from, { } to) => T.Format("aged.range", culture, from.ToString("N0", culture), to.ToString("N0", culture)),
        };
    }
}
