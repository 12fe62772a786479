namespace CreditBot.Domain.Committee;

public enum DecisionOutcome
{
    Approved,
    Rejected,

    /// <summary>Closed with fewer votes than the quorum: nothing is granted.</summary>
    NoQuorum,
}
