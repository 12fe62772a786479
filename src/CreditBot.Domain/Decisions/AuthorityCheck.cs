namespace CreditBot.Domain.Decisions;

/// <summary>Whether a person may decide an amount alone, and if not, who must.</summary>
public abstract record AuthorityCheck
{
    private AuthorityCheck()
    {
    }

    public abstract string Key { get; }

    public sealed record Allowed(AuthorityLevel Required) : AuthorityCheck
    {
        public override string Key => "authority.allowed";
    }

    /// <summary>Four eyes: the person who asked never decides.</summary>
    public sealed record RequesterCannotDecide(string Decider) : AuthorityCheck
    {
        public override string Key => "authority.requester-cannot-decide";
    }

    /// <summary>The amount needs a higher authority than the decider holds.</summary>
    public sealed record AboveAuthority(AuthorityLevel Required, AuthorityLevel Held, Money UpTo) : AuthorityCheck
    {
        public override string Key => "authority.above-authority";
    }

    /// <summary>The amount is above every individual authority: it goes to the committee.</summary>
    public sealed record CommitteeRequired(Money Amount, Money AboveCfoLimit) : AuthorityCheck
    {
        public override string Key => "authority.committee-required";
    }
}
