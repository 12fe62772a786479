namespace CreditBot.Domain.Clients;

/// <summary>How the due date follows from the invoice date.</summary>
public enum PaymentTermsBasis
{
    /// <summary>N days after the invoice date.</summary>
    Net,

    /// <summary>
    /// N days after the invoice date, then to the end of that month: reading (b) of "45 jours fin de mois"
    /// (invoice 2025-01-15, 45 days → 2025-03-01 → due 2025-03-31).
    /// </summary>
    DaysThenEndOfMonth,

    /// <summary>
    /// End of the invoice month, then N days: reading (a) of "45 jours fin de mois", the one in the legislative
    /// record (invoice 2025-01-15 → 2025-01-31 + 45 days → due 2025-03-17).
    /// </summary>
    EndOfMonthThenDays,

    /// <summary>Paid before delivery: due on the invoice date.</summary>
    Prepayment,
}

/// <summary>Payment terms: a number of days and how they count, always from the invoice date.</summary>
public sealed record PaymentTerms(int Days, PaymentTermsBasis Basis = PaymentTermsBasis.Net)
{
    public static PaymentTerms Net30 { get; } = new(30);

    /// <summary>The due date of an invoice dated <paramref name="invoiceDate"/> under these terms.</summary>
    public DateOnly DueDate(DateOnly invoiceDate) => Basis switch
    {
        PaymentTermsBasis.Net => invoiceDate.AddDays(Days),
        PaymentTermsBasis.DaysThenEndOfMonth => EndOfMonth(invoiceDate.AddDays(Days)),
        PaymentTermsBasis.EndOfMonthThenDays => EndOfMonth(invoiceDate).AddDays(Days),
        PaymentTermsBasis.Prepayment => invoiceDate,
        _ => throw new InvalidOperationException($"Unknown payment terms basis {Basis}."),
    };

    internal static DateOnly EndOfMonth(DateOnly date) =>
        new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
