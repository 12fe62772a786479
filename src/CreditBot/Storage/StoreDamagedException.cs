namespace CreditBot.Storage;

/// <summary>The store file cannot be read: damaged, truncated, or not a LiteDB file.</summary>
public sealed class StoreDamagedException : Exception
{
    public StoreDamagedException(string databasePath, string reason, Exception? innerException = null)
        : base($"The store {databasePath} is damaged ({reason}). Restore it from a backup: stop the bot, then `creditbot restore BACKUP-FILE --db {databasePath}`.", innerException)
    {
        DatabasePath = databasePath;
        Reason = reason;
    }

    private StoreDamagedException(string databasePath, string reason, string message, Exception? innerException)
        : base(message, innerException)
    {
        DatabasePath = databasePath;
        Reason = reason;
    }

    /// <summary>A backup offered to <c>creditbot restore</c> that does not read: nothing was replaced.</summary>
    public static StoreDamagedException OfBackup(string backupPath, string reason, Exception? innerException = null) =>
        new(backupPath, reason, $"The backup {backupPath} is damaged ({reason}); nothing was changed: choose another backup.", innerException);

    public StoreDamagedException()
    {
    }

    public StoreDamagedException(string message)
        : base(message)
    {
    }

    public StoreDamagedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? DatabasePath { get; }

    public string? Reason { get; }
}
