namespace CreditBot.Storage;

/// <summary>Another process holds the store (see <see cref="StoreLock"/>).</summary>
public sealed class StoreInUseException : Exception
{
    public StoreInUseException(string databasePath, StoreHolder? holder)
        : base(MessageFor(databasePath, holder))
    {
        DatabasePath = databasePath;
        Holder = holder;
    }

    public StoreInUseException()
    {
    }

    public StoreInUseException(string message)
        : base(message)
    {
    }

    public StoreInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? DatabasePath { get; }

    public StoreHolder? Holder { get; }

    private static string MessageFor(string databasePath, StoreHolder? holder) =>
        $"The store {databasePath} is in use by {holder?.Describe() ?? "another process"}; only one process may open it. "
        + "Import through the running bot (POST /api/imports/{source}), back it up with `creditbot backup FILE` (asks the bot), or stop the bot first.";
}
