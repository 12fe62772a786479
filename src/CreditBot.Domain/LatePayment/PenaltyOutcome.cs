namespace CreditBot.Domain.LatePayment;

/// <summary>Late-payment interest, or the reason it cannot be computed.</summary>
public abstract record PenaltyOutcome
{
    private PenaltyOutcome()
    {
    }

    /// <summary>
    /// The interest, <see cref="Amount"/> rounded to the cent once at the end (half away from zero) from the sum of
    /// the unrounded portions. Year of <see cref="PenaltyCalculation.YearDays"/> days.
    /// </summary>
    public sealed record Computed(IReadOnlyList<PenaltyPortion> Portions, decimal UnroundedAmount, Money Amount) : PenaltyOutcome
    {
        public int DaysLate => Portions.Count == 0 ? 0 : Portions.Max(portion => portion.DaysLate);

        /// <summary>
        /// Half-years of the late period whose ECB rate is not in the table: their days are left out, so
        /// <see cref="Amount"/> is a minimum (interest is never negative) until an administrator enters the rate.
        /// </summary>
        public IReadOnlyList<HalfYear> MissingHalfYears { get; init; } = [];

        public bool IsMinimum => MissingHalfYears.Count > 0;
    }

    /// <summary>A half-year of the late period lacks the legal rate that a contractual rate must be checked against.</summary>
    public sealed record Refused(HalfYear HalfYear, PenaltyRefusal Reason) : PenaltyOutcome
    {
        public string Key => Reason == PenaltyRefusal.MissingEcbRate
            ? "penalty.refused.missing-ecb-rate"
            : "penalty.refused.missing-legal-rate";

        public string Explanation => Reason == PenaltyRefusal.MissingEcbRate
            ? $"No ECB rate entered for {HalfYear}: enter it in the rate table before computing penalties."
            : $"No legal interest rate entered for {HalfYear}: the contractual rate cannot be checked against its floor.";
    }
}
