using CreditBot.Domain.Clients;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Orders;

namespace CreditBot.Answers;

/// <summary>
/// What the pre-sale card shows, computed by the caller: the client's current <c>Exposure.Of</c> result, the
/// hypothetical order, <c>BlockRules.Evaluate</c> for it, and <c>MaximumTerms.Check</c> of the proposed
/// terms (null when the question named none).
/// </summary>
public sealed record PreSaleView(
    Client Client,
    ExposureResult Exposure,
    Order Order,
    BlockDecision Decision,
    TermsVerdict? Terms = null);
