using System.Globalization;

namespace CreditBot.Storage;

/// <summary>
/// A checked copy of the store that the running bot served (the backup endpoint), for a verb that only reads while the
/// bot holds the file: the figures are those of the moment the copy was taken. Deleted when disposed.
/// </summary>
public sealed class StoreSnapshot : IDisposable
{
    private StoreSnapshot(string path, string source, DateTimeOffset takenAt, string holder)
    {
        Path = path;
        Source = source;
        TakenAt = takenAt;
        Holder = holder;
    }

    /// <summary>The copy to open.</summary>
    public string Path { get; }

    /// <summary>The store the bot holds.</summary>
    public string Source { get; }

    public DateTimeOffset TakenAt { get; }

    public string Holder { get; }

    /// <summary>One line for stderr: what is read and as of when.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Source} is held by {Holder}: reading a checked copy it served at {TakenAt:yyyy-MM-dd HH:mm:ss}Z.");

    /// <summary>
    /// Null when the store is free (open it directly) or missing; a snapshot when the running bot holds it and serves copies.
    /// Throws <see cref="StoreInUseException"/> when another process holds it without serving copies.
    /// </summary>
    public static async Task<StoreSnapshot?> TakeIfHeldAsync(string storePath, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var full = System.IO.Path.GetFullPath(storePath, AppContext.BaseDirectory);
        if (!File.Exists(full))
        {
            return null;
        }

        try
        {
            using var probe = StoreLock.Acquire(full, "a creditbot command (probe)", time);
            return null;
        }
        catch (StoreInUseException inUse) when (inUse.Holder is { BackupUrl: { } url, BackupToken: { } token })
        {
            var folder = Directory.CreateTempSubdirectory("creditbot-snapshot-").FullName;
            var copy = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(full));
            try
            {
                await StorageCommands.DownloadAsync(new Uri(url), token, copy, cancellationToken);
            }
            catch
            {
                Directory.Delete(folder, recursive: true);
                throw;
            }

            return new StoreSnapshot(copy, full, time.GetUtcNow(), inUse.Holder.Describe());
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
        }
        catch (IOException)
        {
            // A copy left in the temporary folder is harmless.
        }
    }
}
