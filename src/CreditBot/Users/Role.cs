namespace CreditBot.Users;

/// <summary>What a person does in the credit process; a person can hold several roles.</summary>
public enum Role
{
    Salesperson,
    CreditManager,
    CommitteeMember,
    Cfo,
    Administrator,
}
