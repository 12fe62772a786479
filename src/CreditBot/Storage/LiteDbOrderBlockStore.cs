using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// <see cref="IOrderBlockStore"/> on LiteDB (<c>order_blocks</c>): one document per order, id <c>{client}|{order}</c>,
/// the block as JSON beside the fields queries need (state, version, last change). Check-and-write runs in a
/// transaction, which <see cref="CreditDatabase"/> serialises in this process (one process per store).
/// </summary>
public sealed class LiteDbOrderBlockStore : IOrderBlockStore
{
    public const string CollectionName = "order_blocks";

    private readonly CreditDatabase _database;

    public LiteDbOrderBlockStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        Blocks.EnsureIndex("State");
        Blocks.EnsureIndex("UpdatedAt");
        Blocks.EnsureIndex("OrderKey");
        // Stores written before the order number was a field: add it once, so that every block is found by its number.
        foreach (var document in Blocks.Find(Query.EQ("OrderKey", BsonValue.Null)).ToList())
        {
            Blocks.Update(ToDocument(Read(document)));
        }
    }

    private ILiteCollection<BsonDocument> Blocks => _database.Database.GetCollection(CollectionName);

    public OrderBlock? Find(string id) => Blocks.FindById(id) is { } document ? Read(document) : null;

    public IReadOnlyList<OrderBlock> All() => [.. Blocks.FindAll().Select(Read)];

    // The id starts with the client's code and a bar: the primary index finds them.
    public IReadOnlyList<OrderBlock> OfClient(ClientCode client) =>
        [.. Blocks.Find(Query.StartsWith("_id", client.Value + "|")).Select(Read).Where(b => b.Client == client)];

    public IReadOnlyList<OrderBlock> Open() =>
        [.. Blocks.Find(Query.In("State", nameof(OrderBlockState.PendingDecision), nameof(OrderBlockState.ReadyToRelease))).Select(Read)];

    public IReadOnlySet<string> IdsIn(OrderBlockState state) =>
        Blocks.Find(Query.EQ("State", state.ToString())).Select(document => document["_id"].AsString).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<OrderBlock> WithOrderNumber(string orderNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderNumber);
        return [.. Blocks.Find(Query.EQ("OrderKey", OrderKey(orderNumber))).Select(Read)];
    }

    private static string OrderKey(string orderNumber) => orderNumber.Trim().ToUpperInvariant();

    public IReadOnlyList<OrderBlock> ChangedSince(DateTimeOffset since, int max) =>
        [.. Blocks.Find(Query.GTE("UpdatedAt", since.UtcDateTime)).Select(Read).OrderBy(b => b.UpdatedAt).ThenBy(b => b.Id, StringComparer.Ordinal).Take(max)];

    public bool TryAdd(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Write(() =>
        {
            var blocks = Blocks;
            if (blocks.FindById(block.Id) is not null)
            {
                return false;
            }

            blocks.Insert(ToDocument(block));
            return true;
        });
    }

    public bool TrySave(OrderBlock changed, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return Write(() =>
        {
            var blocks = Blocks;
            if (blocks.FindById(changed.Id) is not { } stored || stored["Version"].AsInt64 != expectedVersion)
            {
                return false;
            }

            return blocks.Update(ToDocument(changed));
        });
    }

    // Joins the caller's transaction when one is open on this thread (a decision saved with its outbox messages);
    // otherwise runs in one of its own, through CreditDatabase, which serialises check-and-write in this process.
    private bool Write(Func<bool> work)
    {
        if (!_database.Database.BeginTrans())
        {
            return work();
        }

        _database.Database.Rollback();
        return _database.InTransaction(_ => work(), ledgerChanges: false);
    }

    private static BsonDocument ToDocument(OrderBlock block) => new()
    {
        ["_id"] = block.Id,
        ["Client"] = block.Client.Value,
        ["OrderKey"] = OrderKey(block.OrderNumber),
        ["State"] = block.State.ToString(),
        ["Version"] = block.Version,
        ["UpdatedAt"] = block.UpdatedAt.UtcDateTime,
        ["Json"] = OrderBlockJson.Write(block),
    };

    private static OrderBlock Read(BsonDocument document) => OrderBlockJson.Read(document["Json"].AsString);
}
