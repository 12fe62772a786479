namespace CreditBot.Questions;

/// <summary>What a DSO question is about.</summary>
public enum DsoScope
{
    /// <summary>The asker's own clients ("DSO de mon portefeuille").</summary>
    Portfolio,

    /// <summary>A business unit ("DSO BU Industrie"), or all of them side by side when no value is given.</summary>
    BusinessUnit,

    /// <summary>A country ("DSO France"), or all of them side by side when no value is given.</summary>
    Country,

    /// <summary>The whole company ("DSO of the company", or a bare "DSO").</summary>
    Company,

    /// <summary>One client ("DSO ACME"); the value is a client query for <see cref="ClientMatcher"/>.</summary>
    Client,
}
