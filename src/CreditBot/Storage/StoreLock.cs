using System.Security.Cryptography;

namespace CreditBot.Storage;

/// <summary>
/// One process per store. LiteDB's Direct mode neither locks the file against other processes nor survives a
/// second writer (its page cache goes stale: "Page type must be data page" on every later read). The lock is an
/// OS-level exclusive lock on <c>{store}.lock</c> (<see cref="FileShare.None"/>: <c>flock</c> on Linux, a
/// sharing mode on Windows), so the OS releases it when the process dies, even by kill -9: no stale lock.
/// A second process is refused at once, with the holder named.
/// </summary>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _databasePath;
    private StoreHolder _holder;

    private StoreLock(FileStream @lock, string databasePath, StoreHolder holder)
    {
        _lock = @lock;
        _databasePath = databasePath;
        _holder = holder;
    }

    public StoreHolder Holder => _holder;

    internal static string PathFor(string databasePath) => databasePath + ".lock";

    /// <summary>Takes the store's lock or throws <see cref="StoreInUseException"/> naming who holds it.</summary>
    public static StoreLock Acquire(string databasePath, string role, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var fullPath = Path.GetFullPath(databasePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        FileStream stream;
        try
        {
            stream = new FileStream(PathFor(fullPath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException)
        {
            throw new StoreInUseException(fullPath, StoreHolder.TryRead(fullPath));
        }

        var holder = new StoreHolder(Environment.ProcessId, Environment.MachineName, timeProvider.GetUtcNow(), role)
        {
            BackupToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
        };
        try
        {
            holder.Write(fullPath);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return new StoreLock(stream, fullPath, holder);
    }

    /// <summary>Records where the serving process answers backup requests, once its server listens.</summary>
    public void Announce(string backupUrl)
    {
        _holder = _holder with { BackupUrl = backupUrl };
        _holder.Write(_databasePath);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(StoreHolder.PathFor(_databasePath));
        }
        catch (IOException)
        {
            // Left behind, it is overwritten by the next holder and only read while someone holds the lock.
        }

        _lock.Dispose();
    }
}
