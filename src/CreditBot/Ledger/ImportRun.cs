namespace CreditBot.Ledger;

/// <summary>One committed import, appended to <c>import_runs</c>: what came in, from whom, when.</summary>
public sealed record ImportRun
{
    public int Id { get; init; }

    public required string Source { get; init; }

    public required string[] Files { get; init; }

    public required ImportCounts Counts { get; init; }

    public decimal OpenReceivables { get; init; }

    public decimal CreditBalances { get; init; }

    public decimal OrdersTotal { get; init; }

    public required string Currency { get; init; }

    /// <summary>SHA-256 of the source name, cut-off date and every input's bytes.</summary>
    public required string Checksum { get; init; }

    public required string RequestedBy { get; init; }

    public required DateTime AtUtc { get; init; }

    public DateOnly? AsOf { get; init; }

    public long LinesRead { get; init; }
}
