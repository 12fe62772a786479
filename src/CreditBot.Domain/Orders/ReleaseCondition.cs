namespace CreditBot.Domain.Orders;

/// <summary>What a conditional release asks for.</summary>
public enum ReleaseConditionKind
{
    /// <summary>Delivered once paid.</summary>
    AgainstPrepayment,

    /// <summary>Delivered partly, up to <see cref="ReleaseCondition.Amount"/> (at most the headroom).</summary>
    PartialUpToHeadroom,

    /// <summary>Delivered with shorter payment terms (<see cref="ReleaseCondition.TermsDays"/>).</summary>
    ShorterTerms,
}

/// <summary>The condition of a conditional release, with its figure when it has one.</summary>
public sealed record ReleaseCondition(ReleaseConditionKind Kind, Money? Amount = null, int? TermsDays = null);
