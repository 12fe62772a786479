namespace CreditBot.LatePayment;

/// <summary>
/// <c>LatePayment</c>: half-year rates added to (or replacing) the shipped table, so an administrator can enter the
/// ECB rate of a new half-year without a release. Checked at start by <see cref="LatePaymentOptionsValidator"/>.
/// </summary>
public sealed class LatePaymentOptions
{
    public const string SectionName = "LatePayment";

    public List<HalfYearRateSetting> Rates { get; set; } = [];
}
