using System.Security.Cryptography;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger;
using LiteDB;
using DaySales = CreditBot.Domain.Dso.DaySales;

namespace CreditBot.Storage;

/// <summary>
/// The ledger snapshot: clients, open items, payments, orders and monthly sales as of the last import.
/// Readers (questions, exposure, digests, DSO) use the <c>…Of(client)</c> methods; only
/// <see cref="LedgerImporter"/> writes, replacing everything in one transaction.
/// Keys: clients by code; orders by <c>{client}|{n}</c>, so a client's documents are one range of the
/// primary key. Open items, payments and monthly sales, the bulk of a big ledger, are packed: one
/// document per client and currency (<c>{client}|{currency}</c>) holding a compact binary list, because
/// LiteDB 5.0.20 may flush its log after nearly every page it writes and the cost of an import follows the
/// number of pages. (No secondary index either: one makes bulk inserts flush even more often.)
/// </summary>
public sealed class LedgerStore
{
    public const string ClientsCollection = "clients";
    public const string ClientMasterCollection = "client_master";
    public const string OpenItemsCollection = "open_items";
    public const string ItemNumbersCollection = "open_item_numbers";
    public const string PaymentsCollection = "payments";
    public const string OrdersCollection = "orders";
    public const string MonthlySalesCollection = "monthly_sales";
    public const string SnapshotCollection = "ledger_snapshot";

    /// <summary>
    /// Layout of the packed binary lists, stored in each packed document (<c>Format</c>). A change of layout gets a
    /// new number, so a file written by another version is refused by name instead of being misread. Format 2 adds
    /// the settled item's issue date to payments and the day-by-day split to monthly sales (for the DSO of past
    /// weeks); documents of format 1 still read, without them (the trend then asks for a new import).
    /// </summary>
    public const int PackFormat = 2;

    /// <summary>The oldest layout this version still reads.</summary>
    public const int OldestReadableFormat = 1;

    private static readonly string[] SnapshotCollections =
        [ClientsCollection, ClientMasterCollection, OpenItemsCollection, ItemNumbersCollection, PaymentsCollection, OrdersCollection, MonthlySalesCollection, SnapshotCollection];

    private readonly CreditDatabase _database;
    private const int CachedClients = 4096;

    private readonly GenerationCache<IReadOnlyList<OpenItem>> _itemsByClient;
    private readonly GenerationCache<IReadOnlyList<Payment>> _paymentsByClient;
    private readonly GenerationCache<IReadOnlyList<Order>> _ordersByClient;
    private readonly GenerationCache<SnapshotInfo?> _snapshot;

    public LedgerStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _itemsByClient = new(database, CachedClients);
        _paymentsByClient = new(database, CachedClients);
        _ordersByClient = new(database, CachedClients);
        _snapshot = new(database, capacity: 1);
        Orders.EnsureIndex("NumberKey", OrderNumberKey);
    }

    /// <summary>The order number as it is looked up: any case (numbers are stored trimmed).</summary>
    private const string OrderNumberKey = "UPPER($.Number)";

    private ILiteCollection<Client> Clients => _database.Collection<Client>(ClientsCollection);

    private ILiteCollection<Client> ClientMaster => _database.Collection<Client>(ClientMasterCollection);

    private ILiteCollection<BsonDocument> PackedItems => _database.Database.GetCollection(OpenItemsCollection);

    /// <summary>Open item number → client, so an invoice question finds its client's packed items at once.</summary>
    private ILiteCollection<BsonDocument> ItemNumbers => _database.Database.GetCollection(ItemNumbersCollection);

    private static string NumberKey(string number) => number.Trim().ToUpperInvariant();

    private ILiteCollection<BsonDocument> PackedPayments => _database.Database.GetCollection(PaymentsCollection);

    private ILiteCollection<Order> Orders => _database.Collection<Order>(OrdersCollection);

    private ILiteCollection<BsonDocument> PackedSales => _database.Database.GetCollection(MonthlySalesCollection);

    private ILiteCollection<SnapshotInfo> Snapshot => _database.Collection<SnapshotInfo>(SnapshotCollection);

    public bool IsEmpty => Snapshot.Count() == 0 && Clients.Count() == 0;

    /// <summary>
    /// The current snapshot's description. Every question asks for it (to know whether the client index is
    /// still current), so it is read from the file once per committed transaction, not once per turn.
    /// </summary>
    public SnapshotInfo? FindSnapshot() => _snapshot.GetOrRead("current", id => Snapshot.FindById(id));

    public IReadOnlyList<Client> AllClients() => Clients.FindAll().ToList();

    public Client? FindClient(ClientCode code) => Clients.FindById(code.Value);

    /// <summary>The client master as last imported (limits, terms, owners), kept when an import brings no master file.</summary>
    public IReadOnlyList<Client> AllClientMaster() => ClientMaster.FindAll().ToList();

    public IReadOnlyList<OpenItem> AllOpenItems() => PackedItems.FindAll().SelectMany(UnpackItems).ToList();

    /// <summary>A client's open items; read from the file once per committed transaction (shared, read-only).</summary>
    public IReadOnlyList<OpenItem> OpenItemsOf(ClientCode client) =>
        _itemsByClient.GetOrRead(client.Value, code => OfClient(PackedItems, code).SelectMany(UnpackItems).ToList().AsReadOnly());

    /// <summary>An open item by its number (case-insensitive), or null: settled invoices are not open items.</summary>
    public OpenItem? FindOpenItem(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var entry = ItemNumbers.FindById(NumberKey(number));
        return entry is null
            ? null
            : OpenItemsOf(new ClientCode(entry["Client"].AsString))
                .FirstOrDefault(item => string.Equals(item.Number.Trim(), number.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    public IReadOnlyList<Payment> AllPayments() => PackedPayments.FindAll().SelectMany(UnpackPayments).ToList();

    /// <summary>A client's payments; read from the file once per committed transaction (shared, read-only).</summary>
    public IReadOnlyList<Payment> PaymentsOf(ClientCode client) =>
        _paymentsByClient.GetOrRead(client.Value, code => OfClient(PackedPayments, code).SelectMany(UnpackPayments).ToList().AsReadOnly());

    public IReadOnlyList<Order> AllOrders() => Orders.FindAll().ToList();

    /// <summary>The orders of the order book numbered <paramref name="number"/> (trimmed, any case), of whichever client.</summary>
    public IReadOnlyList<Order> FindOrders(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return [.. Orders.Find(Query.EQ(OrderNumberKey, NumberKey(number)))];
    }

    /// <summary>A client's open orders; read from the file once per committed transaction (shared, read-only).</summary>
    public IReadOnlyList<Order> OrdersOf(ClientCode client) =>
        _ordersByClient.GetOrRead(client.Value, code => OrdersWithPrefix(code).Where(order => order.Client == client).ToList().AsReadOnly());

    public IReadOnlyList<MonthlySales> AllMonthlySales() => PackedSales.FindAll().SelectMany(UnpackSales).ToList();

    public IReadOnlyList<MonthlySales> MonthlySalesOf(ClientCode client) => OfClient(PackedSales, client.Value).SelectMany(UnpackSales).ToList();

    // One parameterized expression (parsed once, cached by LiteDB) instead of a new one per client code;
    // LIKE with a fixed prefix reads a range of the _id index. A code holding % or _ may match more
    // documents, so the results are filtered on the exact prefix.
    private static BsonExpression ClientPrefix(string code) =>
        BsonExpression.Create("_id LIKE @0", new BsonValue(code + "|%"));

    private IEnumerable<Order> OrdersWithPrefix(string code) => Orders.Find(ClientPrefix(code));

    private static IEnumerable<BsonDocument> OfClient(ILiteCollection<BsonDocument> collection, string code)
    {
        var prefix = code + "|";
        return collection.Find(ClientPrefix(code)).Where(document => document["_id"].AsString.StartsWith(prefix, StringComparison.Ordinal));
    }

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
            db.GetCollection(OpenItemsCollection).InsertBulk(PackItems(snapshot.OpenItems));
            db.GetCollection(ItemNumbersCollection).InsertBulk(snapshot.OpenItems
                .GroupBy(item => NumberKey(item.Number), StringComparer.Ordinal)
                .Select(group => new BsonDocument { ["_id"] = group.Key, ["Client"] = group.First().Client.Value }));
            db.GetCollection(PaymentsCollection).InsertBulk(PackPayments(snapshot.Payments));
            db.GetCollection(OrdersCollection).InsertBulk(Keyed(snapshot.Orders, o => o.Client.Value, perClient: true));
            db.GetCollection(MonthlySalesCollection).InsertBulk(PackSales(snapshot.MonthlySales));
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
    /// One document per client and currency holding its entities in a compact binary form: far fewer
    /// LiteDB pages (and log flushes) than one document per entity.
    /// </summary>
    private static IEnumerable<BsonDocument> Pack<T>(IEnumerable<T> entities, Func<T, ClientCode> client, Func<T, Currency> currency, Action<BinaryWriter, T> write)
    {
        foreach (var group in entities.GroupBy(e => (Client: client(e).Value, Currency: currency(e))))
        {
            using var buffer = new MemoryStream();
            var count = 0;
            using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                foreach (var entity in group)
                {
                    write(writer, entity);
                    count++;
                }
            }

            yield return new BsonDocument
            {
                ["_id"] = $"{group.Key.Client}|{group.Key.Currency.Code}",
                ["Client"] = group.Key.Client,
                ["Currency"] = group.Key.Currency.Code,
                ["Format"] = PackFormat,
                ["Count"] = count,
                ["Packed"] = buffer.ToArray(),
            };
        }
    }

    private static List<T> Unpack<T>(BsonDocument document, Func<BinaryReader, ClientCode, Currency, int, T> read)
    {
        // Documents packed before the field existed have the first layout.
        var format = document["Format"].IsNull ? 1 : document["Format"].AsInt32;
        if (format is < OldestReadableFormat or > PackFormat)
        {
            throw new InvalidDataException(
                $"Packed ledger document {document["_id"].AsString} has format {format}; this CreditBot reads formats {OldestReadableFormat} to {PackFormat}. Import the ledger again, or run the CreditBot version that wrote the store.");
        }

        var client = new ClientCode(document["Client"].AsString);
        var currency = new Currency(document["Currency"].AsString);
        using var reader = new BinaryReader(new MemoryStream(document["Packed"].AsBinary), System.Text.Encoding.UTF8);
        var count = document["Count"].AsInt32;
        var entities = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            entities.Add(read(reader, client, currency, format));
        }

        return entities;
    }

    private static IEnumerable<BsonDocument> PackPayments(IEnumerable<Payment> payments) =>
        Pack(payments, p => p.Client, p => p.Amount.Currency, static (writer, payment) =>
        {
            writer.Write(payment.Date.DayNumber);
            writer.Write(payment.Amount.Amount);
            WriteOptional(writer, payment.Reference);
            WriteOptional(writer, payment.AllocatedTo);
            writer.Write(payment.ItemDueDate?.DayNumber ?? -1);
            writer.Write(payment.ItemIssueDate?.DayNumber ?? -1);
        });

    private static List<Payment> UnpackPayments(BsonDocument document) =>
        Unpack(document, static (reader, client, currency, format) =>
        {
            var date = DateOnly.FromDayNumber(reader.ReadInt32());
            var amount = reader.ReadDecimal();
            var reference = ReadOptional(reader);
            var allocatedTo = ReadOptional(reader);
            var due = reader.ReadInt32();
            var issued = format >= 2 ? reader.ReadInt32() : -1;
            return new Payment
            {
                Client = client,
                Date = date,
                Amount = new Money(amount, currency),
                Reference = reference,
                AllocatedTo = allocatedTo,
                ItemDueDate = due < 0 ? null : DateOnly.FromDayNumber(due),
                ItemIssueDate = issued < 0 ? null : DateOnly.FromDayNumber(issued),
            };
        });

    private static IEnumerable<BsonDocument> PackItems(IEnumerable<OpenItem> items) =>
        Pack(items, i => i.Client, i => i.Open.Currency, static (writer, item) =>
        {
            writer.Write(item.Number);
            writer.Write((byte)item.Kind);
            writer.Write(item.IssueDate.DayNumber);
            writer.Write(item.DueDate.DayNumber);
            writer.Write(item.Amount.Amount);
            writer.Write(item.Open.Amount);
            writer.Write(item.Disputed);
            writer.Write(item.PromiseToPay?.DayNumber ?? -1);
            writer.Write(item.DunningLevel);
            writer.Write(item.DueDateComputed);
        });

    private static List<OpenItem> UnpackItems(BsonDocument document) =>
        Unpack(document, static (reader, client, currency, _) =>
        {
            var number = reader.ReadString();
            var kind = (OpenItemKind)reader.ReadByte();
            var issued = DateOnly.FromDayNumber(reader.ReadInt32());
            var due = DateOnly.FromDayNumber(reader.ReadInt32());
            var amount = reader.ReadDecimal();
            var open = reader.ReadDecimal();
            var disputed = reader.ReadBoolean();
            var promise = reader.ReadInt32();
            var dunning = reader.ReadInt32();
            var computed = reader.ReadBoolean();
            return new OpenItem
            {
                Client = client,
                Number = number,
                Kind = kind,
                IssueDate = issued,
                DueDate = due,
                Amount = new Money(amount, currency),
                Open = new Money(open, currency),
                Disputed = disputed,
                PromiseToPay = promise < 0 ? null : DateOnly.FromDayNumber(promise),
                DunningLevel = dunning,
                DueDateComputed = computed,
            };
        });

    private static IEnumerable<BsonDocument> PackSales(IEnumerable<MonthlySales> sales) =>
        Pack(sales, s => s.Client, s => s.Sales.Currency, static (writer, month) =>
        {
            writer.Write((month.Year * 100) + month.Month);
            writer.Write(month.Sales.Amount);

            // -1: the source gave the month only; else the days with sales (day of month, amount).
            writer.Write(month.Days?.Count ?? -1);
            foreach (var day in month.Days ?? [])
            {
                writer.Write((byte)day.Date.Day);
                writer.Write(day.Sales.Amount);
            }
        });

    private static List<MonthlySales> UnpackSales(BsonDocument document) =>
        Unpack(document, static (reader, client, currency, format) =>
        {
            var month = reader.ReadInt32();
            var (year, number) = (month / 100, month % 100);
            var sales = new MonthlySales(client, year, number, new Money(reader.ReadDecimal(), currency));
            var count = format >= 2 ? reader.ReadInt32() : -1;
            if (count < 0)
            {
                return sales;
            }

            var days = new DaySales[count];
            for (var i = 0; i < count; i++)
            {
                days[i] = new DaySales(new DateOnly(year, number, reader.ReadByte()), new Money(reader.ReadDecimal(), currency));
            }

            return sales with { Days = days };
        });

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

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
}
