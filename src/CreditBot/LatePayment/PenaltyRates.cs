using CreditBot.Company;
using CreditBot.Domain.LatePayment;
using Microsoft.Extensions.Options;

namespace CreditBot.LatePayment;

/// <summary>
/// The rate table in force: the shipped <see cref="PenaltyRateTable.Default"/> with the half-years of
/// <c>LatePayment:Rates</c> added. Half-years up to today without an ECB rate are warned about once, to
/// administrators (a log event and the health detail), not to each salesperson who asks.
/// </summary>
public sealed class PenaltyRates
{
    public PenaltyRates(IOptions<LatePaymentOptions> options, CompanyClock clock, ILogger<PenaltyRates> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var table = PenaltyRateTable.Default;
        foreach (var entry in options.Value.Rates)
        {
            if (LatePaymentOptionsValidator.TryParseHalfYear(entry.HalfYear, out var halfYear))
            {
                var shipped = table.Find(halfYear);
                table = table.With(new HalfYearRates(
                    halfYear,
                    entry.EcbRatePercent ?? shipped?.EcbMainRefinancingRatePercent,
                    entry.LegalRateProfessionalPercent ?? shipped?.LegalRateProfessionalPercent,
                    entry.LegalRateIndividualPercent ?? shipped?.LegalRateIndividualPercent,
                    entry.Source ?? "LatePayment:Rates"));
            }
        }

        Table = table;
        var first = table.Entries[0].HalfYear;
        var current = HalfYear.Of(clock.Today);
        var missing = new List<HalfYear>();
        for (var half = first; half.Start <= current.Start; half = half.Following)
        {
            if (table.Find(half)?.EcbMainRefinancingRatePercent is null)
            {
                missing.Add(half);
            }
        }

        MissingEcbRates = missing;
        if (missing.Count > 0)
        {
            logger.EcbRatesMissing(string.Join(", ", missing));
        }
    }

    public PenaltyRateTable Table { get; }

    /// <summary>Half-years up to the current one whose ECB rate is in neither the shipped table nor the settings.</summary>
    public IReadOnlyList<HalfYear> MissingEcbRates { get; }

    /// <summary>For the health endpoint: "complete", or the half-years to enter under LatePayment:Rates.</summary>
    public string Status => MissingEcbRates.Count == 0
        ? "complete"
        : $"missing ECB rate for {string.Join(", ", MissingEcbRates)}: enter it under LatePayment:Rates";
}
