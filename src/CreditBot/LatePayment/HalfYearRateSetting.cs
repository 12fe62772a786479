namespace CreditBot.LatePayment;

/// <summary>
/// One half-year of <c>LatePayment:Rates</c>: <c>HalfYear</c> as <c>2026-H2</c>, the ECB main refinancing rate on
/// 1 January or 1 July in percent, the legal interest rates of the half-year, and where they come from.
/// </summary>
public sealed class HalfYearRateSetting
{
    public string HalfYear { get; set; } = string.Empty;

    public decimal? EcbRatePercent { get; set; }

    public decimal? LegalRateProfessionalPercent { get; set; }

    public decimal? LegalRateIndividualPercent { get; set; }

    public string? Source { get; set; }
}
