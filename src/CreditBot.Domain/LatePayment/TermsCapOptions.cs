namespace CreditBot.Domain.LatePayment;

/// <summary>Which legal cap applies to a company's terms.</summary>
public sealed record TermsCapOptions
{
    public static TermsCapOptions Default { get; } = new();

    /// <summary>How "45 days end of month" is computed; reading (a) by default.</summary>
    public EndOfMonthReading Reading { get; init; } = EndOfMonthReading.EndOfMonthThenDays;

    /// <summary>
    /// Whether the contract expressly stipulates the 45-days-end-of-month derogation; when it does, a term is
    /// legal if it stays within either 60 days or 45 days end of month.
    /// </summary>
    public bool EndOfMonthStipulated { get; init; } = true;

    /// <summary>Periodic invoices (art. 289 I 3 CGI) are capped at 45 days after the invoice date.</summary>
    public bool PeriodicInvoices { get; init; }
}
