namespace CreditBot.Domain.LatePayment;

/// <summary>The caps of article L441-10 I of the Code de commerce.</summary>
public enum LegalCap
{
    /// <summary>60 days after the invoice date: the default cap on agreed terms.</summary>
    SixtyDays,

    /// <summary>45 days end of month after the invoice date: only if expressly stipulated in the contract.</summary>
    FortyFiveDaysEndOfMonth,

    /// <summary>45 days after the invoice date for periodic invoices (art. 289 I 3 CGI).</summary>
    FortyFiveDaysPeriodic,
}
