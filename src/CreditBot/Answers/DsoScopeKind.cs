namespace CreditBot.Answers;

/// <summary>Whose DSO a card shows.</summary>
public enum DsoScopeKind
{
    /// <summary>The asker's own clients.</summary>
    Portfolio,
    BusinessUnit,
    Country,
    Company,

    /// <summary>One client, named in the question.</summary>
    Client,
}
