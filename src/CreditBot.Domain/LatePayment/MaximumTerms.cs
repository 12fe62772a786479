using CreditBot.Domain.Clients;

namespace CreditBot.Domain.LatePayment;

/// <summary>
/// Maximum payment terms of article L441-10 I, Code de commerce: 60 days after the invoice date, or 45 days end of
/// month when expressly stipulated (reading (a) by default), or 45 days for periodic invoices; 30 days after receipt
/// of the goods when nothing is agreed.
/// </summary>
public static class MaximumTerms
{
    /// <summary>The legal term when the contract says nothing: 30 days after receipt of the goods or service.</summary>
    public const int DaysWhenNothingAgreed = 30;

    // Four years with a leap year cover every month length and weekday combination that matters.
    private static readonly DateOnly ScanStart = new(2024, 1, 1);
    private static readonly DateOnly ScanEnd = new(2027, 12, 31);

    public static DateOnly SixtyDaysCap(DateOnly invoiceDate) => invoiceDate.AddDays(60);

    public static DateOnly EndOfMonthCap(DateOnly invoiceDate, EndOfMonthReading reading) =>
        reading == EndOfMonthReading.EndOfMonthThenDays
            ? PaymentTerms.EndOfMonth(invoiceDate).AddDays(45)
            : PaymentTerms.EndOfMonth(invoiceDate.AddDays(45));

    /// <summary>The latest legal due date for an invoice dated <paramref name="invoiceDate"/>.</summary>
    public static DateOnly LatestDueDate(DateOnly invoiceDate, TermsCapOptions? options = null)
    {
        options ??= TermsCapOptions.Default;
        if (options.PeriodicInvoices)
        {
            return invoiceDate.AddDays(45);
        }

        var sixty = SixtyDaysCap(invoiceDate);
        if (!options.EndOfMonthStipulated)
        {
            return sixty;
        }

        var endOfMonth = EndOfMonthCap(invoiceDate, options.Reading);
        return endOfMonth > sixty ? endOfMonth : sixty;
    }

    /// <summary>
    /// Checks <paramref name="proposed"/> against the cap for one invoice date, or, without one, for every invoice
    /// date over four years (so a term legal only in some months is flagged).
    /// </summary>
    public static TermsVerdict Check(PaymentTerms proposed, TermsCapOptions? options = null, DateOnly? invoiceDate = null)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        options ??= TermsCapOptions.Default;

        var first = invoiceDate ?? ScanStart;
        var last = invoiceDate ?? ScanEnd;
        (int Excess, DateOnly Invoice, DateOnly Due, DateOnly Cap)? worst = null;
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var due = proposed.DueDate(date);
            var cap = LatestDueDate(date, options);
            var excess = due.DayNumber - cap.DayNumber;
            if (worst is null || excess > worst.Value.Excess)
            {
                worst = (excess, date, due, cap);
            }
        }

        var found = worst!.Value;
        return new TermsVerdict(
            proposed,
            found.Excess <= 0,
            CapsApplied(options),
            options.Reading,
            Math.Max(0, found.Excess),
            found.Invoice,
            found.Due,
            found.Cap);
    }

    private static List<LegalCap> CapsApplied(TermsCapOptions options) =>
        options.PeriodicInvoices ? [LegalCap.FortyFiveDaysPeriodic]
        : options.EndOfMonthStipulated ? [LegalCap.SixtyDays, LegalCap.FortyFiveDaysEndOfMonth]
        : [LegalCap.SixtyDays];
}
