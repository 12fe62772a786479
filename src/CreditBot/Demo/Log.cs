namespace CreditBot.Demo;

/// <summary>Demo data events (5100–5149): counts and durations only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Seeding the empty store with demo data: {ClientCount} clients, {LineCount} ledger lines")]
    public static partial void Seeding(this ILogger logger, int clientCount, int lineCount);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Demo data seeded: {Status}, {OpenItemCount} open items in {ElapsedMs} ms")]
    public static partial void Seeded(this ILogger logger, CreditBot.Ledger.ImportStatus status, int openItemCount, long elapsedMs);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Demo data seeding failed with {ProblemCount} problems; first on field {Field} line {Line}")]
    public static partial void SeedFailed(this ILogger logger, int problemCount, string field, long line);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Debug, Message = "Store not empty or seeding off: no demo data")]
    public static partial void SeedSkipped(this ILogger logger);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "The store holds no ledger and no demo data goes in (Storage:SeedDemoData, or the file held data): import one")]
    public static partial void StoreEmpty(this ILogger logger);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Demo history: {BlockCount} past blocked orders, decided, over the {Days} days before the demo date")]
    public static partial void HistoryAdded(this ILogger logger, int blockCount, int days);
}
