namespace CreditBot.Domain.LatePayment;

/// <summary>The late days that fall in one half-year, the rate applied and the unrounded interest.</summary>
public sealed record PenaltySegment(
    HalfYear HalfYear,
    DateOnly From,
    DateOnly To,
    int Days,
    decimal RatePercent,
    PenaltyRateSource RateSource,
    decimal UnroundedAmount);
