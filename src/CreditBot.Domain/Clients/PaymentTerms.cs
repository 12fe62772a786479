namespace CreditBot.Domain.Clients;

/// <summary>How the due date follows from the invoice date.</summary>
public enum PaymentTermsBasis
{
    /// <summary>N days after the invoice date.</summary>
    Net,

    /// <summary>N days after the invoice date, then to the end of that month ("45 jours fin de mois", reading (a)).</summary>
    DaysThenEndOfMonth,

    /// <summary>End of the invoice month, then N days (reading (b)).</summary>
    EndOfMonthThenDays,

    /// <summary>Paid before delivery.</summary>
    Prepayment,
}

/// <summary>Payment terms: a number of days and how they count.</summary>
public sealed record PaymentTerms(int Days, PaymentTermsBasis Basis = PaymentTermsBasis.Net)
{
    public static PaymentTerms Net30 { get; } = new(30);
}
