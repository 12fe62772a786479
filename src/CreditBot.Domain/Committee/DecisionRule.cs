namespace CreditBot.Domain.Committee;

/// <summary>How a committee decides. Abstentions count for the quorum, not for the majority.</summary>
public enum DecisionRule
{
    /// <summary>More approvals than rejections; a tie is broken by the chair's casting vote, else rejected.</summary>
    SimpleMajority,

    /// <summary>Approvals reach the qualified share (2/3 by default) of approvals + rejections.</summary>
    QualifiedMajority,

    /// <summary>Every eligible member approves.</summary>
    AllMustApprove,
}
