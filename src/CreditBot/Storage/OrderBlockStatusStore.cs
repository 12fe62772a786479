using CreditBot.Ledger;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// The block status of every open order as computed by the domain's <c>BlockRules</c> after the last import
/// (<c>order_block_status</c>, id <c>{client}|{order}</c>). Replaced as a whole after each committed import.
/// </summary>
public sealed class OrderBlockStatusStore(CreditDatabase database)
{
    public const string CollectionName = "order_block_status";

    private ILiteCollection<OrderBlockStatus> Statuses => database.Collection<OrderBlockStatus>(CollectionName);

    public void ReplaceAll(IReadOnlyList<OrderBlockStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        database.InTransaction(db =>
        {
            db.GetCollection(CollectionName).DeleteAll();
            Statuses.InsertBulk(statuses);
        });
    }

    public OrderBlockStatus? Find(string client, string order) => Statuses.FindById($"{client}|{order}");

    public IReadOnlyList<OrderBlockStatus> All() => Statuses.FindAll().ToList();

    public IReadOnlyList<OrderBlockStatus> Blocked() => Statuses.FindAll().Where(s => s.Blocked).ToList();
}
