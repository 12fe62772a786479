using System.Security.Cryptography;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// The ledger snapshot: clients, open items, payments, orders and monthly sales as of the last import.
/// Readers (questions, exposure, digests, DSO) use the <c>…Of(client)</c> methods; only
/// <see cref="LedgerImporter"/> writes, replacing everything in one transaction.
/// Keys: clients by code; the other documents by <c>{client}|{n}</c>, so a client's documents are one
/// range of the primary key. (No secondary index: in LiteDB 5.0.20 one makes a bulk insert in a
/// transaction flush to disk every few dozen documents, ten times slower.)
/// </summary>
public sealed class LedgerStore
{
    public const string ClientsCollection = "clients";
    public const string ClientMasterCollection = "client_master";
    public const string OpenItemsCollection = "open_items";
    public const string PaymentsCollection = "payments";
    public const string OrdersCollection = "orders";
    public const string MonthlySalesCollection = "monthly_sales";
    public const string SnapshotCollection = "ledger_snapshot";

    private static readonly string[] SnapshotCollections =
        [ClientsCollection, ClientMasterCollection, OpenItemsCollection, PaymentsCollection, OrdersCollection, MonthlySalesCollection, SnapshotCollection];

    private readonly CreditDatabase _database;

    public LedgerStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        MapLedgerTypes(database.Mapper);
    }

    private ILiteCollection<Client> Clients => _database.Collection<Client>(ClientsCollection);

    private ILiteCollection<Client> ClientMaster => _database.Collection<Client>(ClientMasterCollection);

    private ILiteCollection<OpenItem> OpenItems => _database.Collection<OpenItem>(OpenItemsCollection);

    private ILiteCollection<Payment> Payments => _database.Collection<Payment>(PaymentsCollection);

    private ILiteCollection<Order> Orders => _database.Collection<Order>(OrdersCollection);

    private ILiteCollection<MonthlySales> Sales => _database.Collection<MonthlySales>(MonthlySalesCollection);

    private ILiteCollection<SnapshotInfo> Snapshot => _database.Collection<SnapshotInfo>(SnapshotCollection);

    public bool IsEmpty => Snapshot.Count() == 0 && Clients.Count() == 0;

    public SnapshotInfo? FindSnapshot() => Snapshot.FindById("current");

    public IReadOnlyList<Client> AllClients() => Clients.FindAll().ToList();

    public Client? FindClient(ClientCode code) => Clients.FindById(code.Value);

    /// <summary>The client master as last imported (limits, terms, owners), kept when an import brings no master file.</summary>
    public IReadOnlyList<Client> AllClientMaster() => ClientMaster.FindAll().ToList();

    public IReadOnlyList<OpenItem> AllOpenItems() => OpenItems.FindAll().ToList();

    public IReadOnlyList<OpenItem> OpenItemsOf(ClientCode client) => OpenItems.Find(OfClient(client)).ToList();

    /// <summary>An open item by its number (case-insensitive), or null: settled invoices are not open items.</summary>
    public OpenItem? FindOpenItem(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        OpenItems.EnsureIndex("Number");
        return OpenItems.FindOne(Query.EQ("Number", number.Trim()));
    }

    public IReadOnlyList<Payment> AllPayments() => Payments.FindAll().ToList();

    public IReadOnlyList<Payment> PaymentsOf(ClientCode client) => Payments.Find(OfClient(client)).ToList();

    public IReadOnlyList<Order> AllOrders() => Orders.FindAll().ToList();

    public IReadOnlyList<Order> OrdersOf(ClientCode client) => Orders.Find(OfClient(client)).ToList();

    public IReadOnlyList<MonthlySales> AllMonthlySales() => Sales.FindAll().ToList();

    public IReadOnlyList<MonthlySales> MonthlySalesOf(ClientCode client) => Sales.Find(OfClient(client)).ToList();

    private static BsonExpression OfClient(ClientCode client) => Query.StartsWith("_id", client.Value + "|");

    /// <summary>
    /// Replaces the whole snapshot and appends the run, in one transaction: a crash at any point leaves the
    /// previous snapshot (LiteDB replays or drops the log). Checkpoints afterwards so the log does not grow.
    /// </summary>
    public ImportRun ReplaceSnapshot(LedgerSnapshot snapshot, ImportRun run)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(run);
        var stored = _database.InTransaction(db =>
        {
            foreach (var name in SnapshotCollections)
            {
                db.GetCollection(name).DeleteAll();
            }

            db.GetCollection(ClientsCollection).InsertBulk(Keyed(snapshot.Clients, c => c.Code.Value, perClient: false));
            db.GetCollection(ClientMasterCollection).InsertBulk(Keyed(snapshot.ClientMaster, c => c.Code.Value, perClient: false));
            db.GetCollection(OpenItemsCollection).InsertBulk(Keyed(snapshot.OpenItems, i => i.Client.Value, perClient: true));
            db.GetCollection(PaymentsCollection).InsertBulk(Keyed(snapshot.Payments, p => p.Client.Value, perClient: true));
            db.GetCollection(OrdersCollection).InsertBulk(Keyed(snapshot.Orders, o => o.Client.Value, perClient: true));
            db.GetCollection(MonthlySalesCollection).InsertBulk(Keyed(snapshot.MonthlySales, s => s.Client.Value, perClient: true));
            PauseForFaultInjection();
            var runs = db.GetCollection<ImportRun>(ImportRunStore.CollectionName);
            var id = runs.Insert(run).AsInt32;
            var withId = run with { Id = id };
            Snapshot.Upsert(new SnapshotInfo
            {
                Checksum = run.Checksum,
                RunId = id,
                Source = run.Source,
                AsOf = run.AsOf,
                ImportedAtUtc = run.AtUtc,
            });
            return withId;
        });
        _database.Database.Checkpoint();
        return stored;
    }

    /// <summary>
    /// Fault injection for the durability test: with <c>CREDITBOT_FAULT_PAUSE_BEFORE_COMMIT_MS</c> set, the import
    /// stops inside its transaction, all documents written, so a test can kill the process there.
    /// </summary>
    private static void PauseForFaultInjection()
    {
        if (Environment.GetEnvironmentVariable("CREDITBOT_FAULT_PAUSE_BEFORE_COMMIT_MS") is { } text && int.TryParse(text, out var milliseconds))
        {
            Console.Error.WriteLine(PauseMarker);
            Console.Error.Flush();
            Thread.Sleep(milliseconds);
        }
    }

    public const string PauseMarker = "creditbot: paused before commit";

    private IEnumerable<BsonDocument> Keyed<T>(IEnumerable<T> entities, Func<T, string> client, bool perClient)
    {
        var n = 0;
        foreach (var entity in entities)
        {
            var document = _database.Mapper.ToDocument(entity);
            document["_id"] = perClient ? $"{client(entity)}|{n++:D8}" : client(entity);
            yield return document;
        }
    }

    /// <summary>SHA-256 over every stored snapshot document, to prove a failed import changed nothing.</summary>
    public string ComputeChecksum()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in SnapshotCollections)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            foreach (var document in _database.Database.GetCollection(name).FindAll())
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(document)));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Positional records need explicit mapping (LiteDB wants a parameterless constructor).</summary>
    private static void MapLedgerTypes(BsonMapper mapper)
    {
#pragma warning disable CA1062 // LiteDB never hands a null BsonValue to a registered deserializer.
        mapper.RegisterType(
            t => new BsonDocument { ["Days"] = t.Days, ["Basis"] = t.Basis.ToString() },
            b => new PaymentTerms(b["Days"].AsInt32, Enum.Parse<PaymentTermsBasis>(b["Basis"].AsString)));
        mapper.RegisterType(
            l => new BsonDocument
            {
                ["Amount"] = mapper.Serialize(l.Amount),
                ["ReviewDate"] = l.ReviewDate is { } r ? mapper.Serialize(r) : BsonValue.Null,
                ["ValidFrom"] = l.ValidFrom is { } v ? mapper.Serialize(v) : BsonValue.Null,
            },
            b => new CreditLimit(
                mapper.Deserialize<Money>(b["Amount"]),
                b["ReviewDate"].IsNull ? null : mapper.Deserialize<DateOnly>(b["ReviewDate"]),
                b["ValidFrom"].IsNull ? null : mapper.Deserialize<DateOnly>(b["ValidFrom"])));
        mapper.RegisterType(
            s => new BsonDocument { ["Client"] = s.Client.Value, ["Year"] = s.Year, ["Month"] = s.Month, ["Sales"] = mapper.Serialize(s.Sales) },
            b => new MonthlySales(new ClientCode(b["Client"].AsString), b["Year"].AsInt32, b["Month"].AsInt32, mapper.Deserialize<Money>(b["Sales"])));
#pragma warning restore CA1062
    }
}
