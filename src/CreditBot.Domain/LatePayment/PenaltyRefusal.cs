namespace CreditBot.Domain.LatePayment;

public enum PenaltyRefusal
{
    /// <summary>The ECB rate of a half-year in the late period is not in the table.</summary>
    MissingEcbRate,

    /// <summary>The legal rate of a half-year is not in the table, so the contractual floor cannot be checked.</summary>
    MissingLegalRate,
}
