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
    private long _generation;

    public CreditDatabase(IOptions<StorageOptions> options)
        : this(options.Value.DatabasePath)
    {
    }

    public CreditDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(FullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
        }

        Mapper = CreateMapper();
        Database = new LiteDatabase(new ConnectionString { Filename = FullPath, Connection = ConnectionType.Direct }, Mapper)
        {
            // Otherwise dates come back in local time.
            UtcDate = true,
        };
    }

    public string FullPath { get; }

    public LiteDatabase Database { get; }

    public BsonMapper Mapper { get; }

    /// <summary>Bumped by every committed <see cref="InTransaction{T}"/>: readers cache what only a transaction changes.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>
    /// Runs <paramref name="work"/> in one LiteDB transaction: all of it is committed or none.
    /// LiteDB transactions belong to their thread, so <paramref name="work"/> must not await.
    /// </summary>
    public T InTransaction<T>(Func<LiteDatabase, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_transactionGate)
        {
            if (!Database.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            try
            {
                var result = work(Database);
                Database.Commit();
                Interlocked.Increment(ref _generation);
                return result;
            }
            catch
            {
                Database.Rollback();
                throw;
            }
        }
    }

    public void InTransaction(Action<LiteDatabase> work) => InTransaction(db =>
    {
        work(db);
        return true;
    });

    public void Dispose() => Database.Dispose();

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
