using System.Globalization;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
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
        // A relative path is the executable's folder's (where appsettings.json is), whatever folder the command runs in.
        FullPath = Path.GetFullPath(path, AppContext.BaseDirectory);
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

    /// <summary>The mapper settings of STYLE.md §4, and the domain value types mapped fluently.</summary>
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
#pragma warning disable CA1062 // LiteDB never hands a null BsonValue to a registered deserializer.
        mapper.RegisterType(
            d => new BsonValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            b => DateOnly.ParseExact(b.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        mapper.RegisterType(
            c => new BsonValue(c.Code),
            b => new Currency(b.AsString));
        mapper.RegisterType(
            c => new BsonValue(c.Value),
            b => new ClientCode(b.AsString));
        mapper.RegisterType(
            m => new BsonDocument { ["Amount"] = new BsonValue(m.Amount), ["Currency"] = new BsonValue(m.Currency.Code) },
            b => new Money(b["Amount"].AsDecimal, new Currency(b["Currency"].AsString)));
#pragma warning restore CA1062
        return mapper;
    }
}
