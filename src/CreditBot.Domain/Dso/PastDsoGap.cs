namespace CreditBot.Domain.Dso;

/// <summary>Why the DSO of a past date could not be rebuilt from the ledger (the week is then left out, never guessed).</summary>
public enum PastDsoGap
{
    /// <summary>The date is not before the ledger's own date: it is not a past week of this ledger.</summary>
    NotInThePast,

    /// <summary>The ledger keeps no settlement at all (a list of open items only): what was paid since any date is unknown.</summary>
    NoSettlementHistory,

    /// <summary>The ledger's movements (settlements, sales) start after the date: what happened between is unknown.</summary>
    LedgerDoesNotReachBack,

    /// <summary>A settlement after the date names its item but not the item's issue date (a source or store that does not keep it).</summary>
    IssueDatesMissing,

    /// <summary>The date falls inside a month and the ledger keeps that month's sales as one total, not day by day.</summary>
    SalesToDateMissing,

    /// <summary>The count-back did not conclude: sales history too short, or a month without sales, before the date.</summary>
    SalesHistoryTooShort,
}
