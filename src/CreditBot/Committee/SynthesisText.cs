using System.Globalization;
using CreditBot.Answers;
using CreditBot.Cards;
using CreditBot.Domain.Receivables;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>The synthesis note as label and value pairs in the reader's language: the headline, then the details.</summary>
public static class SynthesisText
{
    public static IReadOnlyList<(string Label, string Value)> Headline(LimitRequestRecord record, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(record);
        var note = record.Note;
        return
        [
            (T.Get("note.exposure", culture), Figures.Money(note.Exposure, culture)),
            (T.Get("note.limit", culture), note.CurrentLimit is { } limit ? Figures.Money(limit, culture) : T.Get("card.none", culture)),
            (T.Get("note.headroom", culture), note.Headroom is { } headroom ? Figures.Money(headroom, culture) : T.Get("card.none", culture)),
            (T.Get("note.overdue", culture), Figures.Money(note.Overdue, culture)),
            (T.Get("note.justification", culture), record.Justification is { } justification ? Markdown.Literal(justification) : T.Get("note.unknown", culture)),
            (T.Get("note.cost", culture), Cost(record, culture)),
        ];
    }

    public static IReadOnlyList<(string Label, string Value)> Details(LimitRequestRecord record, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(record);
        var note = record.Note;
        var unknown = T.Get("note.unknown", culture);
        var aged = note.Aged.Count == 0
            ? Figures.Money(note.Exposure with { Amount = 0m }, culture)
            : string.Join(" · ", note.Aged.Select(line => $"{ExposureCard.BucketLabel(line.Bucket, culture)} {Figures.Money(line.Amount, culture)}"));
        var behaviour = note.RecentDaysLate is { } recent
            ? T.Format(
                "note.behaviour-value",
                culture,
                Figures.Days(recent, culture, 0),
                note.PreviousDaysLate is { } previous ? Figures.Days(previous, culture, 0) : unknown,
                PaymentBehaviourText.Trend(note.Trend, culture))
            : T.Get("note.behaviour-none", culture);
        var history = note.History.Count == 0
            ? T.Get("note.history-none", culture)
            : string.Join(" · ", note.History.Select(h => T.Format(
                "note.history-line", culture, Figures.Date(h.On, culture), h.Outcome, h.Amount is { } amount ? Figures.Money(amount, culture) : "-")));
        var identity = string.Join(" · ", new[] { $"{note.ClientName} ({record.Request.Client.Value})", note.Country, note.BusinessUnit }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return
        [
            (T.Get("note.identity", culture), identity),
            (T.Get("note.aged", culture), aged),
            (T.Get("note.disputed", culture), Figures.Money(note.Disputed, culture)),
            (T.Get("note.behaviour", culture), behaviour),
            (T.Get("note.dso", culture), note.Dso is { } dso ? Figures.Days(dso, culture) : T.Get("note.not-computed", culture)),
            (T.Get("note.insurer", culture), note.InsurerCover is { } cover ? Figures.Money(cover, culture) : T.Get("card.none", culture)),
            (T.Get("note.risk", culture), note.RiskClass ?? unknown),
            (T.Get("note.monthly", culture), record.ExpectedMonthlyBusiness is { } monthly ? Figures.Money(monthly, culture) : unknown),
            (T.Get("note.valid-until", culture), record.ValidUntil is { } until ? Figures.Date(until, culture) : unknown),
            (T.Get("note.history", culture), history),
        ];
    }

    private static string Cost(LimitRequestRecord record, CultureInfo culture) =>
        record.Note.SalesToRecoverLoss is { } sales
            ? T.Format(
                "note.cost-value",
                culture,
                Figures.Money(record.Request.RequestedAmount, culture),
                Figures.Percent(record.Note.MarginRate * 100m, culture, 2),
                Figures.Money(sales, culture))
            : T.Get("note.unknown", culture);

    /// <summary>The aged balance lines worth showing: the buckets with an amount.</summary>
    public static IReadOnlyList<AgedAmount> AgedLines(AgedBalance aged)
    {
        ArgumentNullException.ThrowIfNull(aged);
        return [.. aged.Lines.Where(line => !line.Amount.IsZero).Select(line => new AgedAmount(line.Bucket, line.Amount))];
    }
}
