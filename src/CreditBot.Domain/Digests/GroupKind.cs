namespace CreditBot.Domain.Digests;

/// <summary>How the weekly summary breaks DSO down.</summary>
public enum GroupKind
{
    BusinessUnit,
    Country,
    Salesperson,
}
