using CreditBot.Delivery;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Delivery;

/// <summary>The outbox contract on LiteDB, in a real file.</summary>
public sealed class LiteDbOutboxStoreTests : OutboxStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CreditDatabase _database;
    private readonly LiteDbOutboxStore _store;

    public LiteDbOutboxStoreTests()
    {
        _database = new CreditDatabase(_folder.File("outbox.db"));
        _store = new LiteDbOutboxStore(_database);
    }

    protected override IOutboxStore Store => _store;

    protected override void InTransaction(Action work) => _database.InTransaction(_ => work());

    // LiteDB holds the file exclusively: a second store on the same database is what a restart reads.
    protected override IOutboxStore Reopen() => new LiteDbOutboxStore(_database);

    [Fact]
    public void Stored_documents_carry_their_format_version()
    {
        Store.Enqueue(Message("k1"));

        var document = _database.Database.GetCollection("outbox").FindById("k1");

        Assert.Equal(LiteDbOutboxStore.FormatVersion, document["FormatVersion"].AsInt32);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
