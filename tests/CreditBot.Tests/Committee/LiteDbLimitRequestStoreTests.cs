using CreditBot.Committee;
using CreditBot.Delivery;
using CreditBot.Domain.Committee;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using static CreditBot.Tests.Committee.CommitteeSamples;

namespace CreditBot.Tests.Committee;

/// <summary>The limit-request contract on a real LiteDB file, and what only LiteDB does (its transaction, an older file).</summary>
public sealed class LiteDbLimitRequestStoreTests : LimitRequestStoreContract
{
    private readonly LiteDbEngine _engine = new();

    protected override ILimitRequestStore Open() => new LiteDbLimitRequestStore(_engine.Database);

    protected override void Close() => _engine.Close();

    [Fact]
    public void What_a_decision_enqueues_is_rolled_back_with_it_when_it_fails()
    {
        var outbox = new LiteDbOutboxStore(_engine.Database);
        Store.Create(Record(), Created(Record()));

        Assert.Throws<InvalidOperationException>(() => Store.Update<bool>("LR-1", record =>
        {
            outbox.Enqueue(OutboxMessage.Create("limit:LR-1:decided", OutboxRecipient.Person("requester"), "{}", Opened));
            throw new InvalidOperationException("the decision failed");
        }));

        Assert.Null(outbox.Find("limit:LR-1:decided"));
        Assert.Equal(0, Store.Find("LR-1")!.Version);
    }

    [Fact]
    public void A_request_decided_before_decisions_were_indexed_by_their_time_is_found_after_a_restart()
    {
        Store.Create(Record(), Created(Record()));
        foreach (var member in Members.Take(3))
        {
            Vote(Store, "LR-1", member, VoteChoice.Reject, at: Opened.AddHours(2));
        }

        // As a file written by the version before: the closed request without its decision time beside the JSON.
        var requests = _engine.Database.Database.GetCollection(LiteDbLimitRequestStore.CollectionName);
        var document = requests.FindById("LR-1");
        document.Remove("DecidedAt");
        requests.Update(document);

        var decided = Reopen().DecidedBetween(Opened, Opened.AddDays(1));

        Assert.Equal(["LR-1"], decided.Select(r => r.Id));
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
