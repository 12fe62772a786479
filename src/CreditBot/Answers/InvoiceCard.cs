using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Receivables;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Renders <c>cards/invoice.json</c>: an invoice's dates, amounts, days late, the penalties due by law with the
/// half-year rates used (or why they cannot be computed), the 40 € indemnity, dunning, dispute and promise to pay.
/// </summary>
public static class InvoiceCard
{
    public const string TemplateName = "invoice";

    public static RawJson Render(InvoiceView view, CultureInfo culture) => CardTemplates.Bind(TemplateName, Data(view, culture));

    public static JsonObject Data(InvoiceView view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        var invoice = view.Invoice;
        var (status, statusColor) = Status(view, culture);
        var (penalty, penaltyColor, segments) = Penalty(view.Penalty, culture);

        return new JsonObject
        {
            ["title"] = T.Format(invoice.Kind == OpenItemKind.CreditNote ? "invoice.credit-note-title" : "invoice.title", culture, invoice.Number),
            ["subtitle"] = T.Format("common.name-code-at", culture, view.Client.Name, view.Client.Code.Value, Figures.Date(view.AsOf, culture)),
            ["status"] = status,
            ["statusColor"] = statusColor.ToString(),
            ["figures"] = FigureRow.List(Rows(view, culture)),
            ["penaltyTitle"] = T.Get("invoice.penalty-title", culture),
            ["penalty"] = penalty,
            ["penaltyColor"] = penaltyColor.ToString(),
            ["penaltyRows"] = FigureRow.List(segments),
            ["indemnity"] = FigureRow.List([Indemnity(view.Indemnity, culture)]),
            ["penaltyNote"] = T.Get("invoice.penalty-note", culture),
        };
    }

    /// <summary>Days past due at the as-of date while open; for a paid invoice, the days late of its last payment.</summary>
    public static int DaysLate(InvoiceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Invoice.Open.IsPositive
            ? Math.Max(0, AgedBalance.DaysPast(view.Invoice, view.AsOf))
            : view.Penalty is PenaltyOutcome.Computed computed ? computed.DaysLate : 0;
    }

    private static (string Text, Tone Tone) Status(InvoiceView view, CultureInfo culture)
    {
        var invoice = view.Invoice;
        var daysPast = AgedBalance.DaysPast(invoice, view.AsOf);
        if (invoice.Kind != OpenItemKind.Invoice)
        {
            return (T.Get("invoice.status.not-an-invoice", culture), Tone.Default);
        }

        if (!invoice.Open.IsPositive)
        {
            var late = DaysLate(view);
            return late > 0
                ? (T.Format("invoice.status.paid-late", culture, Figures.Days(late, culture)), Tone.Warning)
                : (T.Get("invoice.status.paid", culture), Tone.Good);
        }

        return daysPast switch
        {
            > 0 => (T.Format("invoice.status.overdue", culture, Figures.Days(daysPast, culture)), Tone.Attention),
            0 => (T.Get("invoice.status.due-today", culture), Tone.Warning),
            _ => (T.Format("invoice.status.not-due", culture, Figures.Days(-daysPast, culture)), Tone.Good),
        };
    }

    private static IEnumerable<JsonObject> Rows(InvoiceView view, CultureInfo culture)
    {
        var invoice = view.Invoice;
        yield return FigureRow.Of(T.Get("invoice.issue-date", culture), Figures.Date(invoice.IssueDate, culture));
        yield return FigureRow.Of(
            T.Get("invoice.due-date", culture),
            Figures.Date(invoice.DueDate, culture),
            invoice.DueDateComputed ? T.Get("invoice.due-date-computed", culture) : null);
        yield return FigureRow.Of(T.Get("invoice.amount", culture), Figures.Money(invoice.Amount, culture), T.Get("invoice.amount-note", culture));
        yield return FigureRow.Of(
            T.Get("invoice.open", culture),
            Figures.Money(invoice.Open, culture),
            tone: invoice.Open.IsPositive && AgedBalance.DaysPast(invoice, view.AsOf) > 0 ? Tone.Attention : Tone.Default);

        var late = DaysLate(view);
        yield return FigureRow.Of(T.Get("invoice.days-late", culture), Figures.Days(late, culture), tone: late > 0 ? Tone.Attention : Tone.Good);
        yield return FigureRow.Of(
            T.Get("invoice.dunning", culture),
            invoice.DunningLevel > 0 ? T.Format("invoice.dunning-level", culture, invoice.DunningLevel) : T.Get("common.none", culture));
        yield return invoice.Disputed
            ? FigureRow.Of(T.Get("invoice.dispute", culture), T.Get("invoice.disputed", culture), tone: Tone.Warning)
            : FigureRow.Of(T.Get("invoice.dispute", culture), T.Get("common.no", culture));

        if (invoice.PromiseToPay is { } promise)
        {
            var broken = promise < view.AsOf && invoice.Open.IsPositive;
            yield return FigureRow.Of(
                T.Get("invoice.promise", culture),
                Figures.Date(promise, culture),
                broken ? T.Get("invoice.promise-broken", culture) : null,
                broken ? Tone.Warning : Tone.Default);
        }
    }

    private static (string Text, Tone Tone, List<JsonObject> Segments) Penalty(PenaltyOutcome outcome, CultureInfo culture)
    {
        switch (outcome)
        {
            case PenaltyOutcome.Refused refused:
                return (T.Format(refused.Key, culture, HalfYearLabel(refused.HalfYear, culture)), Tone.Attention, []);
            // A half-year without its ECB rate leaves no segment for its days: the invoice is still late, never "not late".
            case PenaltyOutcome.Computed { IsMinimum: false } computed when computed.Portions.All(portion => portion.Segments.Count == 0):
                return (T.Get("invoice.penalty-none", culture), Tone.Good, []);
            case PenaltyOutcome.Computed computed:
                var segments = computed.Portions
                    .SelectMany(portion => portion.Segments.Select(segment => Segment(portion, segment, culture)))
                    .ToList();
                if (!computed.IsMinimum)
                {
                    return (T.Format("invoice.penalty-amount", culture, Figures.Money(computed.Amount, culture)), Tone.Attention, segments);
                }

                var missing = string.Join(", ", computed.MissingHalfYears.Select(half => HalfYearLabel(half, culture)));
                return segments.Count == 0
                    ? (T.Format("invoice.penalty-late-rate-missing", culture, missing), Tone.Attention, segments)
                    : (T.Format("invoice.penalty-minimum", culture, Figures.Money(computed.Amount, culture), missing), Tone.Attention, segments);
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown penalty outcome.");
        }
    }

    private static JsonObject Segment(PenaltyPortion portion, PenaltySegment segment, CultureInfo culture)
    {
        var source = segment.RateSource switch
        {
            PenaltyRateSource.EcbPlusTenPoints => T.Format(
                "penalty.source.ecb",
                culture,
                Figures.Percent(segment.RatePercent - HalfYearRates.DefaultPenaltyMarginPoints, culture, 2)),
            PenaltyRateSource.Contractual => T.Get("penalty.source.contractual", culture),
            _ => T.Get("penalty.source.legal-floor", culture),
        };
        // One sentence per half-year rather than label and value: the rate, days and base do not fit two columns on a phone.
        return new JsonObject
        {
            ["text"] = T.Format(
                "penalty.segment",
                culture,
                HalfYearLabel(segment.HalfYear, culture),
                Figures.Percent(segment.RatePercent, culture, 2),
                Figures.Days(segment.Days, culture),
                Figures.Money(portion.Base, culture)),
            ["note"] = T.Format("penalty.segment-note", culture, Figures.Date(segment.From, culture), Figures.Date(segment.To, culture), source),
        };
    }

    private static JsonObject Indemnity(RecoveryIndemnity indemnity, CultureInfo culture)
    {
        var label = T.Get("indemnity.label", culture);
        return indemnity.Status switch
        {
            IndemnityStatus.Owed => FigureRow.Of(label, Figures.Money(indemnity.Amount, culture), T.Get("indemnity.owed", culture), Tone.Attention),
            IndemnityStatus.NotLate => FigureRow.Of(label, T.Get("indemnity.not-owed", culture), T.Get("indemnity.not-late", culture)),
            IndemnityStatus.NotAnInvoice => FigureRow.Of(label, T.Get("indemnity.not-owed", culture), T.Get("indemnity.not-an-invoice", culture)),
            IndemnityStatus.ConsumerDebtor => FigureRow.Of(label, T.Get("indemnity.not-owed", culture), T.Get("indemnity.consumer", culture)),
            _ => FigureRow.Of(label, T.Get("indemnity.not-owed", culture), T.Get("indemnity.insolvency", culture)),
        };
    }

    /// <summary>"H2 2025" in English, "S2 2025" in French.</summary>
    public static string HalfYearLabel(HalfYear halfYear, CultureInfo culture) =>
        T.Format("common.half-year", culture, halfYear.Half, halfYear.Year.ToString(CultureInfo.InvariantCulture));
}
