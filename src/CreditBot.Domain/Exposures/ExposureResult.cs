using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Exposures;

/// <summary>
/// A client's exposure at a date with everything needed to explain it.
/// <see cref="Headroom"/> is null when the client has no credit line; a limit of zero gives a negative or zero
/// headroom (no credit), never "unlimited".
/// </summary>
public sealed record ExposureResult(
    ClientCode Client,
    DateOnly AsOf,
    Money Exposure,
    Money Receivables,
    Money Orders,
    CreditLimit? Limit,
    Money? Headroom,
    Money? InsurerCover,
    Money Overdue,
    Money Disputed,
    AgedBalance AgedBalance,
    BlockDecision Block,
    ExposureDefinition Definition)
{
    public bool HasCreditLine => Limit is not null;

    /// <summary>Exposure above the limit (zero when within it); null without a credit line.</summary>
    public Money? Excess => Headroom is { } headroom ? Money.Max(-headroom, Money.Zero(headroom.Currency)) : null;

    /// <summary>Exposure not covered by the credit insurer; null when there is no cover.</summary>
    public Money? Uninsured => InsurerCover is { } cover
        ? Money.Max(Exposure - cover, Money.Zero(Exposure.Currency))
        : null;
}
