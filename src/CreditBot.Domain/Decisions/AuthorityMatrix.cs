namespace CreditBot.Domain.Decisions;

/// <summary>
/// Who may decide what amount alone: a credit manager up to <see cref="CreditManagerUpTo"/>, the CFO up to
/// <see cref="CfoUpTo"/> (strictly more), the committee above; limits are inclusive. The amount is whatever is being decided (the new
/// limit, or a blocked order to release). The person who asked never decides (four eyes).
/// </summary>
public sealed record AuthorityMatrix
{
    public AuthorityMatrix(Money creditManagerUpTo, Money cfoUpTo)
    {
        // Equal limits would leave the CFO no amount of their own: every step up must decide more.
        if (creditManagerUpTo.IsNegative || cfoUpTo <= creditManagerUpTo)
        {
            throw new ArgumentException("Authority limits must not be negative and must strictly increase with seniority.", nameof(cfoUpTo));
        }

        CreditManagerUpTo = creditManagerUpTo;
        CfoUpTo = cfoUpTo;
    }

    public Money CreditManagerUpTo { get; }

    public Money CfoUpTo { get; }

    public AuthorityLevel RequiredFor(Money amount) =>
        amount <= CreditManagerUpTo ? AuthorityLevel.CreditManager
        : amount <= CfoUpTo ? AuthorityLevel.Cfo
        : AuthorityLevel.Committee;

    /// <summary>Whether <paramref name="decider"/>, holding <paramref name="held"/>, may decide <paramref name="amount"/> alone.</summary>
    public AuthorityCheck Check(string decider, AuthorityLevel held, string requester, Money amount)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(requester);

        if (string.Equals(decider, requester, StringComparison.OrdinalIgnoreCase))
        {
            return new AuthorityCheck.RequesterCannotDecide(decider);
        }

        var required = RequiredFor(amount);
        if (required == AuthorityLevel.Committee)
        {
            return new AuthorityCheck.CommitteeRequired(amount, CfoUpTo);
        }

        return held >= required
            ? new AuthorityCheck.Allowed(required)
            : new AuthorityCheck.AboveAuthority(required, held, held == AuthorityLevel.Cfo ? CfoUpTo : CreditManagerUpTo);
    }
}
