namespace CreditBot.Domain.Dso;

/// <summary>How many days a month counts for in a count-back DSO.</summary>
public enum DayCountConvention
{
    /// <summary>The month's calendar length: 28, 29, 30 or 31 days (the default).</summary>
    CalendarDays,

    /// <summary>Every month counts for 30 days.</summary>
    ThirtyDayMonths,
}
