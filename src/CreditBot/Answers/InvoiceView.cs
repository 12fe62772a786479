using CreditBot.Domain.Clients;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Receivables;

namespace CreditBot.Answers;

/// <summary>
/// What the invoice card shows, computed by the caller at <paramref name="AsOf"/>: the invoice and its client,
/// <c>PenaltyCalculation.ForInvoice</c>
/// and <c>RecoveryIndemnity.For</c> over the payments allocated to it.
/// </summary>
public sealed record InvoiceView(
    Client Client,
    OpenItem Invoice,
    DateOnly AsOf,
    PenaltyOutcome Penalty,
    RecoveryIndemnity Indemnity);
