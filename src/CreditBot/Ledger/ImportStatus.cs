namespace CreditBot.Ledger;

public enum ImportStatus
{
    /// <summary>A new snapshot was committed.</summary>
    Imported,

    /// <summary>Same inputs as the stored snapshot (same checksum): nothing written.</summary>
    Unchanged,

    /// <summary>Valid, but nothing written on purpose.</summary>
    DryRun,

    /// <summary>Blocking problems: nothing written.</summary>
    Failed,
}
