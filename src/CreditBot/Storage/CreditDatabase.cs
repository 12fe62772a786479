using LiteDB;
using Microsoft.Extensions.Options;

namespace CreditBot.Storage;

/// <summary>
/// Owns the one LiteDB file and the one configured <see cref="BsonMapper"/>. Stores take it as a
/// dependency and use <see cref="Database"/>; writes that touch several collections go through
/// <see cref="InTransaction{T}"/>.
/// </summary>
public sealed class CreditDatabase : IDisposable
{
    private readonly object _transactionGate = new();

    // What to run once the transaction this thread has open through InTransaction commits (null: none open).
    private readonly ThreadLocal<List<Action>?> _afterCommit = new();
    private readonly StoreLock _lock;
    private long _generation;

    public CreditDatabase(IOptions<StorageOptions> options, TimeProvider timeProvider)
        : this(options.Value.DatabasePath, options.Value.Holder, timeProvider)
    {
    }

    public CreditDatabase(string path)
        : this(path, StorageOptions.ServingHolder, TimeProvider.System)
    {
    }

    /// <summary>
    /// Takes the store's lock (<see cref="StoreLock"/>: one process per store), checks the file and opens it.
    /// Throws <see cref="StoreInUseException"/> when another process holds it and
    /// <see cref="StoreDamagedException"/> when it cannot be read, both naming the file.
    /// </summary>
    public CreditDatabase(string path, string holder, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        // A relative path is the executable's folder's (where appsettings.json is), whatever folder the command runs in.
        FullPath = Path.GetFullPath(path, AppContext.BaseDirectory);
        var folder = Path.GetDirectoryName(FullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
        }

        Mapper = CreateMapper();
        _lock = StoreLock.Acquire(FullPath, holder, timeProvider);
        try
        {
            if (File.Exists(FullPath) && StoreFileCheck.Problem(FullPath) is { } problem)
            {
                throw new StoreDamagedException(FullPath, problem);
            }

            Database = Open(FullPath, Mapper, readOnly: false);
            WasEmptyAtOpen = !Database.GetCollectionNames().Any();
            ReadEverything(Database);
        }
        catch (Exception exception) when (exception is not StoreDamagedException && IsDamage(exception))
        {
            CloseAfterFailedOpen();
            throw new StoreDamagedException(FullPath, $"LiteDB cannot read it: {exception.Message}", exception);
        }
        catch
        {
            CloseAfterFailedOpen();
            throw;
        }
    }

    public string FullPath { get; }

    private void CloseAfterFailedOpen()
    {
        try
        {
            Database?.Dispose();
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            // Closing a damaged file may fail too: the first error is the one to report.
        }
        finally
        {
            _lock.Dispose();
        }
    }

    public LiteDatabase Database { get; } = null!;

    /// <summary>The file held no collection when opened: new, 0 bytes, or never written (demo data may go in).</summary>
    public bool WasEmptyAtOpen { get; }

    /// <summary>This process's lock on the store and what it says about the holder.</summary>
    public StoreLock Lock => _lock;

    public BsonMapper Mapper { get; }

    /// <summary>Bumped by every committed <see cref="InTransaction{T}"/>: readers cache what only a transaction changes.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>
    /// Runs <paramref name="work"/> in one LiteDB transaction: all of it is committed or none.
    /// LiteDB transactions belong to their thread, so <paramref name="work"/> must not await. With
    /// <paramref name="ledgerChanges"/> false (a write that touches no ledger collection: an order block and its outbox
    /// messages), <see cref="Generation"/> stays as it is, so the ledger's per-client caches stay warm.
    /// </summary>
    public T InTransaction<T>(Func<LiteDatabase, T> work, bool ledgerChanges = true)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_transactionGate)
        {
            if (!Database.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            List<Action> afterCommit = [];
            _afterCommit.Value = afterCommit;
            try
            {
                var result = work(Database);
                Database.Commit();
                if (ledgerChanges)
                {
                    Interlocked.Increment(ref _generation);
                }

                _afterCommit.Value = null;
                foreach (var action in afterCommit)
                {
                    action();
                }

                return result;
            }
            catch
            {
                if (_afterCommit.Value is not null)
                {
                    _afterCommit.Value = null;
                    Database.Rollback();
                }

                throw;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction open on this thread (<see cref="InTransaction{T}"/>) has
    /// committed, and never if it rolls back; at once when none is open. An outbox enqueue wakes the dispatcher so:
    /// a wake-up before the commit would find nothing to read.
    /// </summary>
    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_afterCommit.Value is { } pending)
        {
            pending.Add(action);
        }
        else
        {
            action();
        }
    }

    public void InTransaction(Action<LiteDatabase> work) => InTransaction(db =>
    {
        work(db);
        return true;
    });

    public void Dispose()
    {
        _afterCommit.Dispose();
        Database.Dispose();
        _lock.Dispose();
    }

    /// <summary>
    /// The readiness probe: the data file checked page by page from disk (damage in pages LiteDB has cached shows
    /// only there) and a read through the engine. Runs inside a read transaction, so that no checkpoint rewrites the
    /// file meanwhile. Null when sound, else what is wrong.
    /// </summary>
    public string? Probe()
    {
        lock (_transactionGate)
        {
            Database.BeginTrans();
            try
            {
                _ = Database.GetCollectionNames().Count();
                return StoreFileCheck.Problem(FullPath);
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                return $"LiteDB cannot read it: {exception.Message}";
            }
            finally
            {
                Database.Rollback();
            }
        }
    }

    /// <summary>
    /// Writes a consistent copy of the store to <paramref name="target"/> while it stays in use: a checkpoint moves
    /// every committed page from the log into the data file, then the file is copied inside a read transaction,
    /// during which LiteDB cannot checkpoint (later commits stay in the log). The copy is checked before it is kept.
    /// </summary>
    public long BackupTo(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        lock (_transactionGate)
        {
            Database.Checkpoint();
            Database.BeginTrans();
            try
            {
                using var source = new FileStream(FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var copy = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                source.CopyTo(copy);
                copy.Flush(flushToDisk: true);
            }
            finally
            {
                Database.Rollback();
            }
        }

        Verify(target);
        return new FileInfo(target).Length;
    }

    /// <summary>Checks that a store file (not in use) is sound and every document reads; throws <see cref="StoreDamagedException"/>.</summary>
    public static void Verify(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (StoreFileCheck.Problem(fullPath) is { } problem)
        {
            throw new StoreDamagedException(fullPath, problem);
        }

        try
        {
            using var database = Open(fullPath, CreateMapper(), readOnly: true);
            ReadEverything(database);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            throw new StoreDamagedException(fullPath, $"LiteDB cannot read it: {exception.Message}", exception);
        }
    }

    private static LiteDatabase Open(string fullPath, BsonMapper mapper, bool readOnly) =>
        new(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct, ReadOnly = readOnly }, mapper)
        {
            // Otherwise dates come back in local time.
            UtcDate = true,
        };

    /// <summary>Every document of every collection, through the engine: damage inside pages shows here.</summary>
    private static void ReadEverything(LiteDatabase database)
    {
        foreach (var name in database.GetCollectionNames().ToList())
        {
            foreach (var document in database.GetCollection(name).FindAll())
            {
                _ = document.Count;
            }
        }
    }

    // What a damaged file makes LiteDB throw: its own exceptions ("Page type must be data page"), and the ones
    // its readers throw on bytes that are not what they expect ("Ticks must be between...", bad casts, bad lengths).
    private static bool IsDamage(Exception exception) => exception is LiteException or ArgumentException or InvalidCastException
        or IndexOutOfRangeException or InvalidOperationException or FormatException or EndOfStreamException or OverflowException
        or NullReferenceException or KeyNotFoundException;

    /// <summary>The mapper settings of STYLE.md §4, with every type mapping of <see cref="StorageMapping"/>.</summary>
    public static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            // LiteDB would otherwise turn empty strings into null and trim them.
            SerializeNullValues = false,
            TrimWhitespace = false,
            EmptyStringToNull = false,
            EnumAsInteger = false,
        };
        StorageMapping.Register(mapper);
        return mapper;
    }
}
