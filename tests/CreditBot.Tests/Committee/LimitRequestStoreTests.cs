using CreditBot.Delivery;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using static CreditBot.Tests.Committee.CommitteeSamples;

namespace CreditBot.Tests.Committee;

/// <summary>The limit-request store on a real LiteDB file: versioned, with history, one vote per member.</summary>
public sealed class LimitRequestStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CreditDatabase _database;
    private readonly LiteDbLimitRequestStore _store;

    public LimitRequestStoreTests()
    {
        _database = new CreditDatabase(_folder.File("committee.db"));
        _store = new LiteDbLimitRequestStore(_database);
    }

    [Fact]
    public void A_request_comes_back_with_its_named_votes_comments_and_counter_amounts()
    {
        _store.Create(Record(), Created(Record()));
        Vote(_store, "LR-1", "member-1", VoteChoice.Approve, "good payer", counter: 60_000m);
        Vote(_store, "LR-1", "member-2", VoteChoice.Recuse, "I sit on their board");

        var found = _store.Find("LR-1")!;

        Assert.Equal(2, found.Version);
        Assert.Equal(
            [("member-1", VoteChoice.Approve, "good payer", (Money?)Money.Eur(60_000m)), ("member-2", VoteChoice.Recuse, "I sit on their board", null)],
            found.Request.Votes.Select(v => (v.Member, v.Choice, v.Comment, v.CounterAmount)));
        Assert.Equal(Money.Eur(80_000m), found.Request.RequestedAmount);
        Assert.Equal("New plant order book", found.Justification);
        Assert.Equal(Money.Eur(800_000m), found.Note.SalesToRecoverLoss);
    }

    [Fact]
    public void Every_change_is_in_the_history_with_who_when_and_what()
    {
        _store.Create(Record(), Created(Record()));
        Vote(_store, "LR-1", "member-1", VoteChoice.Reject, "too much overdue", at: Opened.AddHours(2));

        var history = _store.History("LR-1");

        Assert.Equal(["created", "vote"], history.Select(e => e.Kind));
        var vote = history[1];
        Assert.Equal(("member-1", 1, Opened.AddHours(2), VoteChoice.Reject, "too much overdue"), (vote.Actor, vote.Version, vote.At, vote.Choice.GetValueOrDefault(), vote.Comment));
    }

    [Fact]
    public void A_repeated_click_changes_neither_the_version_nor_the_history()
    {
        _store.Create(Record(), Created(Record()));
        Vote(_store, "LR-1", "member-1", VoteChoice.Approve);

        var again = Vote(_store, "LR-1", "member-1", VoteChoice.Approve);

        Assert.IsType<VoteOutcome.AlreadyVoted>(again);
        Assert.Equal(1, _store.Find("LR-1")!.Version);
        Assert.Equal(2, _store.History("LR-1").Count);
    }

    [Fact]
    public void A_second_request_with_the_same_id_is_refused()
    {
        Assert.True(_store.Create(Record(), Created(Record())));

        Assert.False(_store.Create(Record() with { Justification = "other" }, Created(Record())));
        Assert.Equal("New plant order book", _store.Find("LR-1")!.Justification);
    }

    [Fact]
    public void Five_members_clicking_three_times_from_two_threads_count_once_each()
    {
        _store.Create(Record(rules: new CommitteeRules { Quorum = 3, CounterAmounts = CounterAmountPolicy.LowestAmongApprovals }), Created(Record()));
        var clicks = Members.SelectMany(member => Enumerable.Repeat(member, 6)).ToList();

        Parallel.ForEach(clicks, new ParallelOptions { MaxDegreeOfParallelism = 10 }, member => Vote(_store, "LR-1", member, VoteChoice.Approve));

        var found = _store.Find("LR-1")!;
        Assert.Equal(Members.Order(), found.Request.Votes.Select(v => v.Member).Order());
        Assert.Equal(DecisionOutcome.Approved, found.Request.Decision!.Outcome);
        Assert.Equal(5, _store.History("LR-1").Count(e => e.Kind == "vote"));
        Assert.Equal(6, found.Version);
    }

    [Fact]
    public void What_a_decision_enqueues_is_rolled_back_with_it_when_it_fails()
    {
        var outbox = new LiteDbOutboxStore(_database);
        _store.Create(Record(), Created(Record()));

        Assert.Throws<InvalidOperationException>(() => _store.Update<bool>("LR-1", record =>
        {
            outbox.Enqueue(OutboxMessage.Create("limit:LR-1:decided", OutboxRecipient.Person("requester"), "{}", Opened));
            throw new InvalidOperationException("the decision failed");
        }));

        Assert.Null(outbox.Find("limit:LR-1:decided"));
        Assert.Equal(0, _store.Find("LR-1")!.Version);
    }

    [Fact]
    public void Open_requests_and_a_requesters_requests_are_listed()
    {
        _store.Create(Record("LR-1"), Created(Record("LR-1")));
        _store.Create(Record("LR-2"), Created(Record("LR-2")));
        Vote(_store, "LR-2", "member-1", VoteChoice.Reject);
        Vote(_store, "LR-2", "member-2", VoteChoice.Reject);
        Vote(_store, "LR-2", "member-3", VoteChoice.Reject);

        Assert.Equal(["LR-1"], _store.Open().Select(r => r.Id));
        Assert.Equal(["LR-1", "LR-2"], _store.ByRequester("REQUESTER").Select(r => r.Id).Order());
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
