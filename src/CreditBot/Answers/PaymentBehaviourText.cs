using System.Globalization;
using CreditBot.Domain.Dso;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>A client's payment behaviour in one sentence: recent average days late, the year before, the trend.</summary>
public static class PaymentBehaviourText
{
    public static string Summary(PaymentBehaviour behaviour, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(behaviour);
        return (behaviour.Recent.Weighted, behaviour.Previous.Weighted) switch
        {
            ({ } recent, { } previous) => T.Format(
                "behaviour.summary", culture, Late(recent, culture), Late(previous, culture), Trend(behaviour.Trend, culture)),
            ({ } recent, null) => T.Format("behaviour.recent-only", culture, Late(recent, culture)),
            (null, { } previous) => T.Format("behaviour.previous-only", culture, Late(previous, culture)),
            _ when behaviour.WholeHistory is { Weighted: { } days } history => T.Format(
                "behaviour.history",
                culture,
                Figures.Date(history.From, culture),
                Figures.Date(history.To, culture),
                Figures.Plural("payments", history.Settlements, history.Settlements.ToString("N0", culture), culture),
                Late(days, culture)),
            _ => T.Get("behaviour.none", culture),
        };
    }

    /// <summary>"↘ improving", "→ stable", "↗ worsening" (the arrow follows days late), or "not enough history".</summary>
    public static string Trend(PaymentTrend trend, CultureInfo culture) =>
        T.Get($"behaviour.trend.{trend.ToString().ToLowerInvariant()}", culture);

    /// <summary>Whole days late, as a reader compares them.</summary>
    public static string Late(decimal days, CultureInfo culture) => Figures.Days(days, culture, 0);
}
