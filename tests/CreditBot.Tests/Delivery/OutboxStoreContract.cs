using CreditBot.Delivery;

namespace CreditBot.Tests.Delivery;

/// <summary>
/// What every <see cref="IOutboxStore"/> engine must do. An engine's test class derives from this one and
/// says how to make a fresh store and how to run work in one of its transactions.
/// </summary>
public abstract class OutboxStoreContract
{
    protected static readonly DateTimeOffset At = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    /// <summary>An empty store, fresh for each test.</summary>
    protected abstract IOutboxStore Store { get; }

    /// <summary>Runs <paramref name="work"/> in one engine transaction (an exception rolls it back).</summary>
    protected abstract void InTransaction(Action work);

    /// <summary>The same store, as a new process opening it would see it.</summary>
    protected abstract IOutboxStore Reopen();

    protected static OutboxMessage Message(string key, string recipient = "oid-1") =>
        OutboxMessage.Create(key, OutboxRecipient.Person(recipient), """{"type":"message","text":"hello"}""", At);

    [Fact]
    public void Keeps_the_posted_card_tag_of_a_card_that_changes_later()
    {
        Store.Enqueue(Message("limit:LR-1:card:oid-1") with { Card = new PostedCardTag("limit-request", "LR-1", 3, "en-US", ["29:a"]) });

        var tag = Reopen().Find("limit:LR-1:card:oid-1")!.Card!;

        Assert.Equal(("limit-request", "LR-1", 3L, "en-US"), (tag.Kind, tag.SubjectId, tag.Version, tag.Culture));
        Assert.Equal(["29:a"], tag.RefreshUserIds!);
        Assert.Null(Store.Enqueue(Message("plain")) ? Store.Find("plain")!.Card : new PostedCardTag("x", "y", 0));
    }

    [Fact]
    public void Enqueues_a_message_as_pending_version_1_due_at_once()
    {
        var added = Store.Enqueue(Message("digest:daily:2026-12-07:oid-1"));

        var stored = Store.Find("digest:daily:2026-12-07:oid-1")!;
        Assert.True(added);
        Assert.Equal(OutboxStatus.Pending, stored.Status);
        Assert.Equal(1, stored.Version);
        Assert.Equal(0, stored.Attempts);
        Assert.Equal(At, stored.NextAttemptAt);
        Assert.Equal(OutboxRecipient.Person("oid-1"), stored.Recipient);
        Assert.Equal("""{"type":"message","text":"hello"}""", stored.Payload);
    }

    [Fact]
    public void A_second_enqueue_of_a_key_changes_nothing()
    {
        Store.Enqueue(Message("order:42:decided:oid-1"));

        var again = Store.Enqueue(Message("order:42:decided:oid-1") with { Payload = """{"type":"message","text":"other"}""" });

        Assert.False(again);
        Assert.Contains("hello", Store.Find("order:42:decided:oid-1")!.Payload, StringComparison.Ordinal);
        Assert.Single(Store.FindPending(10));
    }

    [Fact]
    public void An_enqueue_inside_a_transaction_is_kept_when_it_commits()
    {
        InTransaction(() => Store.Enqueue(Message("k1")));

        Assert.NotNull(Store.Find("k1"));
    }

    [Fact]
    public void An_enqueue_inside_a_transaction_is_undone_when_it_rolls_back()
    {
        Assert.Throws<InvalidOperationException>(() => InTransaction(() =>
        {
            Store.Enqueue(Message("k1"));
            throw new InvalidOperationException("the decision failed");
        }));

        Assert.Null(Store.Find("k1"));
    }

    [Fact]
    public void An_action_after_commit_runs_once_the_transaction_commits_when_its_message_can_be_read()
    {
        var seen = new List<bool>();

        InTransaction(() =>
        {
            Store.Enqueue(Message("k1"));
            Store.AfterCommit(() => seen.Add(Task.Run(() => Store.Find("k1") is not null).Result));
            Assert.Empty(seen);
        });

        Assert.Equal([true], seen);
    }

    [Fact]
    public void An_action_after_commit_never_runs_when_the_transaction_rolls_back_and_at_once_outside_one()
    {
        var runs = 0;

        Assert.Throws<InvalidOperationException>(() => InTransaction(() =>
        {
            Store.AfterCommit(() => runs++);
            throw new InvalidOperationException("the decision failed");
        }));
        Assert.Equal(0, runs);
        Store.AfterCommit(() => runs++);

        Assert.Equal(1, runs);
    }

    [Fact]
    public void A_repeated_enqueue_inside_a_transaction_keeps_the_transaction_alive()
    {
        Store.Enqueue(Message("k1"));

        InTransaction(() =>
        {
            Assert.False(Store.Enqueue(Message("k1")));
            Assert.True(Store.Enqueue(Message("k2")));
        });

        Assert.NotNull(Store.Find("k2"));
    }

    [Fact]
    public void Pending_messages_come_in_enqueue_order()
    {
        foreach (var key in new[] { "c", "a", "b" })
        {
            Store.Enqueue(Message(key));
        }

        var pending = Store.FindPending(10);

        Assert.Equal(["c", "a", "b"], pending.Select(m => m.Key));
        Assert.True(pending[0].Sequence < pending[1].Sequence && pending[1].Sequence < pending[2].Sequence);
    }

    [Fact]
    public void The_enqueue_order_continues_after_a_reopen()
    {
        Store.Enqueue(Message("first"));

        var reopened = Reopen();
        reopened.Enqueue(Message("second"));

        Assert.Equal(["first", "second"], reopened.FindPending(10).Select(m => m.Key));
    }

    [Fact]
    public void An_update_with_the_current_version_is_saved_with_the_next_version()
    {
        Store.Enqueue(Message("k1"));
        var stored = Store.Find("k1")!;

        var saved = Store.TryUpdate(stored.Sending(At.AddSeconds(1)));

        Assert.NotNull(saved);
        Assert.Equal(2, saved.Version);
        Assert.Equal(saved, Store.Find("k1"));
        Assert.Equal(OutboxStatus.Sending, saved.Status);
        Assert.Equal(1, saved.Attempts);
    }

    [Fact]
    public void An_update_from_a_stale_version_is_refused_and_changes_nothing()
    {
        Store.Enqueue(Message("k1"));
        var stored = Store.Find("k1")!;
        Store.TryUpdate(stored.Sending(At));

        var stale = Store.TryUpdate(stored.Failed(OutboxStatus.GaveUp, "503", At));

        Assert.Null(stale);
        Assert.Equal(OutboxStatus.Sending, Store.Find("k1")!.Status);
    }

    [Fact]
    public void Updates_saved_together_are_checked_each_on_its_own()
    {
        Store.Enqueue(Message("k1"));
        Store.Enqueue(Message("k2"));
        Store.Enqueue(Message("k3"));
        var k2 = Store.Find("k2")!;
        Store.TryUpdate(k2.Sending(At));

        var saved = Store.TryUpdateAll([Store.Find("k1")!.Sending(At), k2.Sending(At), Store.Find("k3")!.Sending(At)]);

        Assert.Equal([2, 0, 2], saved.Select(m => m?.Version ?? 0));
        Assert.Null(saved[1]);
        Assert.Equal(saved[0], Reopen().Find("k1"));
        Assert.Equal(saved[2], Reopen().Find("k3"));
        Assert.Equal(2, Store.Find("k2")!.Version);
    }

    [Fact]
    public void Updates_saved_together_see_each_other_in_order()
    {
        Store.Enqueue(Message("k1"));
        var claim = Store.Find("k1")!.Sending(At);

        var saved = Store.TryUpdateAll([claim, (claim with { Version = 2 }).Sent("1700001", "a:chat", At)]);

        Assert.Equal([2, 3], saved.Select(m => m!.Version));
        Assert.Equal(OutboxStatus.Sent, Store.Find("k1")!.Status);
    }

    [Fact]
    public void Only_one_of_two_concurrent_claims_wins()
    {
        Store.Enqueue(Message("k1"));
        var stored = Store.Find("k1")!;

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Store.TryUpdate(stored.Sending(At))).ToList();

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public void A_sent_message_keeps_its_activity_id_and_clears_the_last_error()
    {
        Store.Enqueue(Message("k1"));
        var retried = Store.TryUpdate(Store.Find("k1")!.Sending(At))!;
        retried = Store.TryUpdate(retried.RetryAt(At.AddSeconds(2), "503", At))!;
        var sending = Store.TryUpdate(retried.Sending(At.AddSeconds(2)))!;

        Store.TryUpdate(sending.Sent("1700001", "a:chat", At.AddSeconds(3)));

        var sent = Store.Find("k1")!;
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal("1700001", sent.ActivityId);
        Assert.Equal("a:chat", sent.ConversationId);
        Assert.Null(sent.LastError);
        Assert.Equal(2, sent.Attempts);
        Assert.Empty(Store.FindPending(10));
    }

    [Fact]
    public void Messages_left_sending_by_a_crash_become_pending_and_due()
    {
        Store.Enqueue(Message("k1"));
        Store.Enqueue(Message("k2"));
        Store.TryUpdate(Store.Find("k1")!.Sending(At));

        var requeued = Reopen().RequeueSending(At.AddMinutes(5));

        Assert.Equal(["k1"], requeued.Select(m => m.Key));
        var k1 = Store.Find("k1")!;
        Assert.Equal(OutboxStatus.Pending, k1.Status);
        Assert.Equal(At.AddMinutes(5), k1.NextAttemptAt);
        Assert.Equal(1, k1.Attempts);
    }

    [Fact]
    public void Lists_failures_since_a_time_newest_first_and_counts_each_status()
    {
        foreach (var key in new[] { "ok", "blocked", "gone", "old-failure", "waiting" })
        {
            Store.Enqueue(Message(key));
        }

        Fail("old-failure", OutboxStatus.GaveUp, At.AddHours(-2));
        Fail("blocked", OutboxStatus.BlockedByUser, At.AddMinutes(1));
        Fail("gone", OutboxStatus.ConversationGone, At.AddMinutes(2));
        var ok = Store.TryUpdate(Store.Find("ok")!.Sending(At))!;
        Store.TryUpdate(ok.Sent("1", "a:1", At.AddMinutes(3)));

        var failed = Store.List(new OutboxQuery(FailedOnly: true, Since: At));
        var summary = Store.Summarize();

        Assert.Equal(["gone", "blocked"], failed.Select(m => m.Key));
        Assert.Equal(4, Store.List(new OutboxQuery(Since: At.AddMinutes(-1))).Count);
        Assert.Equal(1, summary.Count(OutboxStatus.Sent));
        Assert.Equal(1, summary.Count(OutboxStatus.Pending));
        Assert.Equal(3, summary.Failed);
        Assert.Equal(2, Store.Summarize(At).Failed);
        Assert.Equal("sent 1, pending 1, failed 3", summary.ToLine());
    }

    private void Fail(string key, OutboxStatus status, DateTimeOffset at)
    {
        var sending = Store.TryUpdate(Store.Find(key)!.Sending(at))!;
        Store.TryUpdate(sending.Failed(status, "403", at));
    }
}
