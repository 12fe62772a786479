using CreditBot.OrderBlocks;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>The order-block contract on a real LiteDB file.</summary>
public sealed class LiteDbOrderBlockStoreTests : OrderBlockStoreContract
{
    private readonly LiteDbEngine _engine = new();

    protected override IOrderBlockStore Open() => new CreditBot.Storage.LiteDbOrderBlockStore(_engine.Database);

    protected override void Close() => _engine.Close();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _engine.Dispose();
        }
    }
}
