using CreditBot.Domain.Clients;

namespace CreditBot.Domain.LatePayment;

/// <summary>
/// Whether proposed terms stay within the legal cap. When they do not, <see cref="ExcessDays"/> is the largest
/// overrun found and the Worst… dates show an invoice date where it happens.
/// </summary>
public sealed record TermsVerdict(
    PaymentTerms Proposed,
    bool Compliant,
    IReadOnlyList<LegalCap> CapsApplied,
    EndOfMonthReading Reading,
    int ExcessDays,
    DateOnly WorstInvoiceDate,
    DateOnly WorstDueDate,
    DateOnly WorstLatestLegalDueDate)
{
    public string Key => Compliant ? "terms.within-legal-cap" : "terms.beyond-legal-cap";
}
