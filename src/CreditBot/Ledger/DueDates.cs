using CreditBot.Domain.Clients;

namespace CreditBot.Ledger;

/// <summary>Due date of an invoice from payment terms (the FEC carries none).</summary>
public static class DueDates
{
    public static DateOnly From(PaymentTerms terms, DateOnly issueDate)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Basis switch
        {
            PaymentTermsBasis.Net => issueDate.AddDays(terms.Days),
            PaymentTermsBasis.DaysThenEndOfMonth => EndOfMonth(issueDate.AddDays(terms.Days)),
            PaymentTermsBasis.EndOfMonthThenDays => EndOfMonth(issueDate).AddDays(terms.Days),
            PaymentTermsBasis.Prepayment => issueDate,
            _ => throw new ArgumentOutOfRangeException(nameof(terms), terms.Basis, "Unknown terms basis."),
        };
    }

    private static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
