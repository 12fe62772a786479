namespace CreditBot.Domain.LatePayment;

/// <summary>
/// The rates in force for a half-year, in percent: the ECB main refinancing rate on 1 January (H1) or 1 July (H2)
/// and the French legal interest rates. A null rate is unknown: penalties that need it are refused.
/// </summary>
public sealed record HalfYearRates(
    HalfYear HalfYear,
    decimal? EcbMainRefinancingRatePercent,
    decimal? LegalRateProfessionalPercent = null,
    decimal? LegalRateIndividualPercent = null,
    string? Source = null)
{
    /// <summary>Points added to the ECB rate for the default penalty rate (L441-10 II).</summary>
    public const decimal DefaultPenaltyMarginPoints = 10m;

    /// <summary>A contractual rate may not be lower than this many times the legal rate (L441-10 II).</summary>
    public const decimal ContractualFloorMultiple = 3m;

    /// <summary>ECB rate + 10 points; null when the ECB rate is not entered.</summary>
    public decimal? DefaultPenaltyRatePercent => EcbMainRefinancingRatePercent + DefaultPenaltyMarginPoints;

    /// <summary>3 × the legal rate for professional creditors; null when that rate is not entered.</summary>
    public decimal? ContractualFloorPercent => LegalRateProfessionalPercent * ContractualFloorMultiple;
}
