namespace CreditBot.Domain.LatePayment;

/// <summary>The two readings of "45 jours fin de mois" (solon.law, 27 Oct 2023).</summary>
public enum EndOfMonthReading
{
    /// <summary>(a) End of the invoice month, then 45 days: the legislative record's reading, the default.</summary>
    EndOfMonthThenDays,

    /// <summary>(b) Invoice date + 45 days, then to the end of that month (can exceed 60 days).</summary>
    DaysThenEndOfMonth,
}
