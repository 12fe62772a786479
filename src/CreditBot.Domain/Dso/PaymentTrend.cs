namespace CreditBot.Domain.Dso;

public enum PaymentTrend
{
    /// <summary>One of the two windows has no settled item.</summary>
    Unknown,
    Improving,
    Stable,
    Worsening,
}
