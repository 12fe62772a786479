namespace CreditBot.Domain.Committee;

public enum ClosingReason
{
    /// <summary>The outcome could no longer change whatever the remaining members vote.</summary>
    OutcomeCertain,

    AllVoted,

    DeadlinePassed,

    /// <summary>Closed on request (by the chair or an administrator) before the deadline.</summary>
    ClosedEarly,
}
