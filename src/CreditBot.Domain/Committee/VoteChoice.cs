namespace CreditBot.Domain.Committee;

public enum VoteChoice
{
    Approve,
    Reject,
    Abstain,
}
