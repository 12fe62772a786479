using CreditBot.OrderBlocks;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>The order-block contract on a real LiteDB file.</summary>
public sealed class LiteDbOrderBlockStoreTests : OrderBlockStoreContract
{
    private readonly LiteDbEngine _engine = new();

    protected override IOrderBlockStore Open() => new CreditBot.Storage.LiteDbOrderBlockStore(_engine.Database);

    protected override void Close() => _engine.Close();

    [Fact]
    public void A_store_written_before_the_order_number_was_a_field_finds_its_blocks_by_number_once_reopened()
    {
        var block = Block("CMD-000179");
        Store.TryAdd(block);
        // As an earlier version wrote it: no OrderKey field.
        var collection = _engine.Database.Database.GetCollection(CreditBot.Storage.LiteDbOrderBlockStore.CollectionName);
        var document = collection.FindById(block.Id);
        document.Remove("OrderKey");
        collection.Update(document);
        Assert.Empty(Store.WithOrderNumber("CMD-000179"));

        Assert.Equal([block.Id], Reopen().WithOrderNumber("cmd-000179").Select(b => b.Id));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _engine.Dispose();
        }
    }
}
