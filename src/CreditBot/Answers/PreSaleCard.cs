using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.Clients;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Orders;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/pre-sale.json</c>: "can I sell this amount to this client at these terms?" with the verdict,
/// exposure + order against the limit, headroom after the order, what would block it, and the legal cap on the terms.
/// </summary>
public static class PreSaleCard
{
    public const string TemplateName = "pre-sale";

    public static RawJson Render(PreSaleView view, CultureInfo culture) => CardTemplates.Bind(TemplateName, Data(view, culture));

    public static PreSaleVerdict Verdict(PreSaleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var reasons = view.Decision.Reasons;
        if (reasons.Any(reason => reason is BlockReason.OverdueBeyondTolerance or BlockReason.NoCreditLine or BlockReason.ManualBlock
            || (reason is BlockReason.LimitExceeded exceeded && exceeded.Limit.IsZero)))
        {
            return PreSaleVerdict.WouldBlock;
        }

        if (reasons.Count > 0)
        {
            return PreSaleVerdict.NeedsApproval;
        }

        return view.Terms is { Compliant: false } ? PreSaleVerdict.TermsBeyondLegalCap : PreSaleVerdict.Ok;
    }

    public static JsonObject Data(PreSaleView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var verdict = Verdict(view);
        var (style, key) = verdict switch
        {
            PreSaleVerdict.Ok => ("good", "presale.verdict.ok"),
            PreSaleVerdict.TermsBeyondLegalCap => ("warning", "presale.verdict.terms"),
            PreSaleVerdict.NeedsApproval => ("warning", "presale.verdict.needs-approval"),
            _ => ("attention", "presale.verdict.would-block"),
        };
        var verdictText = view.Decision.Exemption == BlockExemption.Prepayment && verdict == PreSaleVerdict.Ok
            ? T.Get("presale.verdict.prepayment", culture)
            : T.Get(key, culture);

        return new JsonObject
        {
            ["title"] = T.Format("presale.title", culture, Figures.Money(view.Order.Amount, culture), view.Client.Name),
            ["subtitle"] = T.Format("common.code-at", culture, view.Client.Code.Value, Figures.Date(view.Exposure.AsOf, culture)),
            ["verdictStyle"] = style,
            ["verdict"] = verdictText,
            ["figures"] = FigureRow.List(Rows(view, culture)),
            ["hasReasons"] = view.Decision.IsBlocked,
            ["reasonsTitle"] = T.Get("presale.reasons-title", culture),
            ["reasons"] = FigureRow.Texts(view.Decision.Reasons.Select(reason => BlockReasonText.Describe(reason, culture))),
            ["hasTerms"] = view.Terms is not null,
            ["termsTitle"] = T.Get("presale.terms-title", culture),
            ["terms"] = FigureRow.List(view.Terms is { } terms ? TermsRows(terms, view.Exposure.AsOf, culture) : []),
        };
    }

    private static IEnumerable<JsonObject> Rows(PreSaleView view, CultureInfo culture)
    {
        var exposure = view.Exposure.Exposure;
        var after = exposure + view.Order.Amount;
        yield return FigureRow.Of(T.Get("presale.exposure-now", culture), Figures.Money(exposure, culture));
        yield return FigureRow.Of(T.Get("presale.order", culture), Figures.Money(view.Order.Amount, culture), view.Order.Prepayment ? T.Get("presale.prepayment", culture) : null);
        yield return FigureRow.Of(T.Get("presale.exposure-after", culture), Figures.Money(after, culture));

        var label = T.Get("exposure.limit", culture);
        if (view.Exposure.Limit is not { } limit)
        {
            yield return FigureRow.Of(label, T.Get("exposure.no-credit-line", culture), tone: Tone.Attention);
            yield break;
        }

        yield return limit.Amount.IsZero
            ? FigureRow.Of(label, T.Get("exposure.limit-zero", culture), tone: Tone.Attention)
            : FigureRow.Of(label, Figures.Money(limit.Amount, culture));

        var headroom = limit.Amount - after;
        yield return headroom.IsNegative
            ? FigureRow.Of(T.Get("presale.excess-after", culture), Figures.Money(-headroom, culture), tone: Tone.Attention)
            : FigureRow.Of(T.Get("presale.headroom-after", culture), Figures.Money(headroom, culture), tone: Tone.Good);
    }

    private static IEnumerable<JsonObject> TermsRows(TermsVerdict terms, DateOnly asOf, CultureInfo culture)
    {
        yield return FigureRow.Of(T.Get("presale.terms-proposed", culture), Terms(terms.Proposed, culture));

        var caps = string.Join(T.Get("common.or", culture), terms.CapsApplied.Select(cap => T.Get($"terms.cap.{Kebab(cap.ToString())}", culture)));
        yield return terms.Compliant
            ? FigureRow.Of(T.Get("presale.legal-cap", culture), T.Get(terms.Key, culture), caps, Tone.Good)
            : FigureRow.Of(
                T.Get("presale.legal-cap", culture),
                T.Format(terms.Key, culture, Figures.Days(terms.ExcessDays, culture)),
                caps,
                Tone.Attention);

        // Compliant terms: the dates for an invoice dated today; otherwise the worst invoice date found.
        var invoiceDate = terms.Compliant ? asOf : terms.WorstInvoiceDate;
        var due = terms.Compliant ? terms.Proposed.DueDate(asOf) : terms.WorstDueDate;
        var latest = terms.Compliant ? MaximumTerms.LatestDueDate(asOf, Options(terms)) : terms.WorstLatestLegalDueDate;
        yield return FigureRow.Of(
            T.Get("presale.latest-legal-due-date", culture),
            Figures.Date(latest, culture),
            T.Format(
                terms.Compliant ? "presale.terms-example" : "presale.terms-worst",
                culture,
                Figures.Date(invoiceDate, culture),
                Figures.Date(due, culture)),
            terms.Compliant ? Tone.Default : Tone.Attention);
    }

    /// <summary>"60 days", "45 days end of month", "end of month + 45 days", "prepayment".</summary>
    public static string Terms(PaymentTerms terms, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return T.Format($"terms.basis.{Kebab(terms.Basis.ToString())}", culture, terms.Days.ToString("N0", culture));
    }

    private static TermsCapOptions Options(TermsVerdict terms) => new()
    {
        Reading = terms.Reading,
        EndOfMonthStipulated = terms.CapsApplied.Contains(LegalCap.FortyFiveDaysEndOfMonth),
        PeriodicInvoices = terms.CapsApplied.Contains(LegalCap.FortyFiveDaysPeriodic),
    };

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
