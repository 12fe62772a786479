using System.Globalization;
using CreditBot.Domain.Orders;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>Each block reason in words, with its figures, for the exposure, pre-sale and list cards.</summary>
public static class BlockReasonText
{
    public static string Describe(BlockReason reason, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason switch
        {
            BlockReason.OverdueBeyondTolerance overdue => Overdue(overdue, culture),
            BlockReason.NoCreditLine => T.Get(reason.Key, culture),
            BlockReason.LimitNotYetValid notYet => T.Format(reason.Key, culture, Figures.Date(notYet.ValidFrom, culture)),
            BlockReason.LimitExceeded exceeded => T.Format(
                exceeded.Limit.IsZero ? (exceeded.Order.IsZero ? "block.limit-exceeded.zero-limit" : "block.limit-exceeded.zero-limit-with-order")
                    : exceeded.Order.IsZero ? "block.limit-exceeded"
                    : "block.limit-exceeded.with-order",
                culture,
                Figures.Money(exceeded.Exposure, culture),
                Figures.Money(exceeded.Order, culture),
                Figures.Money(exceeded.Limit, culture),
                Figures.Money(exceeded.Excess, culture),
                Figures.Money(exceeded.Exposure + exceeded.Order, culture)),
            BlockReason.ReviewDatePassed review => T.Format(
                reason.Key,
                culture,
                Figures.Date(review.ReviewDate, culture),
                Figures.Days(review.DaysSince, culture)),
            BlockReason.ManualBlock => T.Get(reason.Key, culture),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown block reason."),
        };
    }

    private static string Overdue(BlockReason.OverdueBeyondTolerance overdue, CultureInfo culture)
    {
        var text = T.Format(
            overdue.DaysTolerance > 0 ? "block.overdue.with-days" : "block.overdue",
            culture,
            Figures.Money(overdue.Overdue, culture),
            Figures.Items(overdue.ItemCount, culture),
            Figures.Days(overdue.OldestDaysPastDue, culture),
            Figures.Days(overdue.DaysTolerance, culture));

        // "Above the 0,00 € tolerated" says nothing: the amount tolerance is only stated when there is one.
        return overdue.AmountTolerance.IsPositive
            ? text + T.Format("block.overdue.tolerance", culture, Figures.Money(overdue.AmountTolerance, culture)) + "."
            : text + ".";
    }

    /// <summary>The reason's name only ("limit exceeded"), for one-line summaries in lists.</summary>
    public static string Name(BlockReason reason, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return T.Get($"{reason.Key}.short", culture);
    }
}
