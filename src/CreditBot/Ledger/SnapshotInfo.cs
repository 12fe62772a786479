namespace CreditBot.Ledger;

/// <summary>Which import the stored snapshot comes from (one document, id <c>current</c>).</summary>
public sealed record SnapshotInfo
{
    public string Id { get; init; } = "current";

    public required string Checksum { get; init; }

    public required int RunId { get; init; }

    public required string Source { get; init; }

    public DateOnly? AsOf { get; init; }

    public required DateTime ImportedAtUtc { get; init; }
}
