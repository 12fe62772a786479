namespace CreditBot.Domain.LatePayment;

public enum PenaltyRateSource
{
    /// <summary>ECB main refinancing rate of the half-year + 10 points (the default).</summary>
    EcbPlusTenPoints,

    /// <summary>The contractual rate.</summary>
    Contractual,

    /// <summary>The contractual rate was below 3 × the legal rate, so the floor applies.</summary>
    LegalFloor,
}
