namespace CreditBot.Domain.LatePayment;

/// <summary>Which annual rate applies to late-payment penalties.</summary>
public abstract record PenaltyRate
{
    private PenaltyRate()
    {
    }

    /// <summary>The rate when the terms say nothing else: ECB rate of the half-year + 10 points.</summary>
    public static PenaltyRate Default { get; } = new EcbPlusTenPoints();

    public static PenaltyRate Contractual(decimal percent) => new ContractualRate(percent);

    public sealed record EcbPlusTenPoints : PenaltyRate;

    /// <summary>The rate in the terms; raised to 3 × the legal rate of the half-year when it is lower.</summary>
    public sealed record ContractualRate(decimal Percent) : PenaltyRate;
}
