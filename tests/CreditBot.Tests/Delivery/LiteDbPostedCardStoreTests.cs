using CreditBot.Delivery.PostedCards;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Delivery;

/// <summary>The posted-card contract on a real LiteDB file.</summary>
public sealed class LiteDbPostedCardStoreTests : PostedCardStoreContract
{
    private readonly LiteDbEngine _engine = new();

    protected override IPostedCardStore Open() => new LiteDbPostedCardStore(_engine.Database);

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
