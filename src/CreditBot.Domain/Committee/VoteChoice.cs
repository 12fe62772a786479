namespace CreditBot.Domain.Committee;

public enum VoteChoice
{
    Approve,
    Reject,
    Abstain,

    /// <summary>A conflict of interest: the member steps aside, counts for neither the quorum nor the eligible members.</summary>
    Recuse,
}
