namespace CreditBot.Ledger;

/// <summary>What to import: the ledger files for the source, and optionally a client master and an orders file.</summary>
public sealed record ImportRequest(string Source, IReadOnlyList<LedgerInput> Files)
{
    /// <summary>Client master CSV (limits, terms, owners); when absent the stored master is kept.</summary>
    public LedgerInput? ClientMaster { get; init; }

    /// <summary>Open orders CSV; when absent the stored orders are kept.</summary>
    public LedgerInput? Orders { get; init; }

    /// <summary>Open item status CSV (disputes, promises to pay, dunning levels), matched by client and number.</summary>
    public LedgerInput? ItemStatus { get; init; }

    /// <summary>Cut-off date; null = everything in the files.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Read and validate, report, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// The currency (ISO 4217) of the amounts in files that name none, for this import (<c>--currency</c>); null: the
    /// setting <c>Ledger:Currency</c>. The report says which was assumed.
    /// </summary>
    public string? Currency { get; init; }

    /// <summary>Who asked (a UPN, "cli", "scheduler", "demo-seed").</summary>
    public string RequestedBy { get; init; } = "cli";
}
