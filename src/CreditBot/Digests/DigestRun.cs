namespace CreditBot.Digests;

/// <summary>
/// One digest run, claimed under <see cref="Id"/> (<c>daily:2026-12-07</c>) before anything is sent: the unique key
/// that makes a run happen once across restarts. Records what the run saw (the data's date, whether it was stale)
/// and, for the weekly summary, its headline figures, so that next week's change and the trend read them back.
/// </summary>
public sealed record DigestRun
{
    public required string Id { get; init; }

    public required DigestKind Kind { get; init; }

    public required DateOnly BusinessDate { get; init; }

    /// <summary><c>schedule</c>, <c>catch-up</c>, or who asked on the command line.</summary>
    public required string Trigger { get; init; }

    public required DateTime ClaimedAtUtc { get; init; }

    /// <summary>The recipients' object ids (one outbox message each).</summary>
    public required string[] Recipients { get; init; }

    /// <summary>When the ledger used was imported; null when none ever was.</summary>
    public DateTime? DataImportedAtUtc { get; init; }

    public DateOnly? DataAsOf { get; init; }

    public bool Stale { get; init; }

    /// <summary>Each recipient's total overdue, for the next digest's "change since".</summary>
    public DigestFigure[] Figures { get; init; } = [];

    public static string IdOf(DigestKind kind, DateOnly businessDate) => $"{kind.Key()}:{businessDate:yyyy-MM-dd}";
}

/// <summary>A named figure recorded by a run (<c>overdue:&lt;object id&gt;</c>, <c>dso.count-back</c>).</summary>
public sealed record DigestFigure
{
    public required string Name { get; init; }

    public required decimal Value { get; init; }
}
