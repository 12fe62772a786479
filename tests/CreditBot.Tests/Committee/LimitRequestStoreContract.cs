using CreditBot.Committee;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using CreditBot.Tests.Support;
using static CreditBot.Tests.Committee.CommitteeSamples;

namespace CreditBot.Tests.Committee;

/// <summary>What every <see cref="ILimitRequestStore"/> engine must do: versioned, with history, one vote per member.</summary>
public abstract class LimitRequestStoreContract : StoreContract<ILimitRequestStore>
{
    private static readonly DateTimeOffset WeekStart = new(2026, 11, 22, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WeekEnd = WeekStart.AddDays(7);

    [Fact]
    public void A_request_comes_back_with_its_named_votes_comments_and_counter_amounts()
    {
        Store.Create(Record(), Created(Record()));
        Vote(Store, "LR-1", "member-1", VoteChoice.Approve, "good payer", counter: 60_000m);
        Vote(Store, "LR-1", "member-2", VoteChoice.Recuse, "I sit on their board");

        var found = Reopen().Find("LR-1")!;

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
        Store.Create(Record(), Created(Record()));
        Vote(Store, "LR-1", "member-1", VoteChoice.Reject, "too much overdue", at: Opened.AddHours(2));

        var history = Store.History("LR-1");

        Assert.Equal(["created", "vote"], history.Select(e => e.Kind));
        var vote = history[1];
        Assert.Equal(("member-1", 1, Opened.AddHours(2), VoteChoice.Reject, "too much overdue"), (vote.Actor, vote.Version, vote.At, vote.Choice.GetValueOrDefault(), vote.Comment));
    }

    [Fact]
    public void A_repeated_click_changes_neither_the_version_nor_the_history()
    {
        Store.Create(Record(), Created(Record()));
        Vote(Store, "LR-1", "member-1", VoteChoice.Approve);

        var again = Vote(Store, "LR-1", "member-1", VoteChoice.Approve);

        Assert.IsType<VoteOutcome.AlreadyVoted>(again);
        Assert.Equal(1, Store.Find("LR-1")!.Version);
        Assert.Equal(2, Store.History("LR-1").Count);
    }

    [Fact]
    public void A_second_request_with_the_same_id_is_refused()
    {
        Assert.True(Store.Create(Record(), Created(Record())));

        Assert.False(Store.Create(Record() with { Justification = "other" }, Created(Record())));
        Assert.Equal("New plant order book", Store.Find("LR-1")!.Justification);
    }

    [Fact]
    public void Five_members_clicking_three_times_from_two_threads_count_once_each()
    {
        Store.Create(Record(rules: new CommitteeRules { Quorum = 3, CounterAmounts = CounterAmountPolicy.LowestAmongApprovals }), Created(Record()));
        var clicks = Members.SelectMany(member => Enumerable.Repeat(member, 6)).ToList();

        Parallel.ForEach(clicks, new ParallelOptions { MaxDegreeOfParallelism = 10 }, member => Vote(Store, "LR-1", member, VoteChoice.Approve));

        var found = Store.Find("LR-1")!;
        Assert.Equal(Members.Order(), found.Request.Votes.Select(v => v.Member).Order());
        Assert.Equal(DecisionOutcome.Approved, found.Request.Decision!.Outcome);
        Assert.Equal(5, Store.History("LR-1").Count(e => e.Kind == "vote"));
        Assert.Equal(6, found.Version);
    }

    [Fact]
    public void Open_requests_and_a_requesters_requests_are_listed()
    {
        Store.Create(Record("LR-1"), Created(Record("LR-1")));
        Store.Create(Record("LR-2"), Created(Record("LR-2")));
        Vote(Store, "LR-2", "member-1", VoteChoice.Reject);
        Vote(Store, "LR-2", "member-2", VoteChoice.Reject);
        Vote(Store, "LR-2", "member-3", VoteChoice.Reject);

        Assert.Equal(["LR-1"], Store.Open().Select(r => r.Id));
        Assert.Equal(["LR-1", "LR-2"], Store.ByRequester("REQUESTER").Select(r => r.Id).Order());
    }

    [Fact]
    public void Decided_between_takes_decisions_from_the_start_included_to_the_end_excluded_oldest_first()
    {
        DecidedAt("LR-before", WeekStart.AddTicks(-1));
        DecidedAt("LR-start", WeekStart);
        DecidedAt("LR-inside", WeekStart.AddDays(3));
        DecidedAt("LR-last-tick", WeekEnd.AddTicks(-1));
        DecidedAt("LR-end", WeekEnd);
        DecidedAt("LR-after", WeekEnd.AddHours(1));

        var decided = Reopen().DecidedBetween(WeekStart, WeekEnd);

        Assert.Equal(["LR-start", "LR-inside", "LR-last-tick"], decided.Select(r => r.Id));
        Assert.Equal(WeekStart.AddDays(3), decided[1].Request.Decision!.DecidedAt);
    }

    [Fact]
    public void Decided_between_leaves_out_requests_not_decided_even_with_votes_in_the_period()
    {
        var opened = WeekStart.AddDays(1);
        Store.Create(Record("LR-open", opened: opened), Created(Record("LR-open", opened: opened)));
        Vote(Store, "LR-open", "member-1", VoteChoice.Approve, at: opened.AddHours(1));
        Vote(Store, "LR-open", "member-2", VoteChoice.Reject, at: opened.AddHours(2));
        DecidedAt("LR-decided", WeekStart.AddDays(2));

        var decided = Store.DecidedBetween(WeekStart, WeekEnd);

        Assert.Equal(["LR-decided"], decided.Select(r => r.Id));
        Assert.Empty(Store.DecidedBetween(WeekEnd, WeekEnd.AddDays(7)));
    }

    [Fact]
    public void Decided_between_gives_the_outcome_and_the_amount_granted()
    {
        DecidedAt("LR-approved", WeekStart.AddDays(1), VoteChoice.Approve);
        DecidedAt("LR-rejected", WeekStart.AddDays(2), VoteChoice.Reject);

        var decided = Store.DecidedBetween(WeekStart, WeekEnd);

        Assert.Equal(
            [("LR-approved", DecisionOutcome.Approved, (Money?)Money.Eur(80_000m)), ("LR-rejected", DecisionOutcome.Rejected, null)],
            decided.Select(r => (r.Id, r.Request.Decision!.Outcome, r.Request.Decision.Amount)));
    }

    /// <summary>
    /// A request opened an hour before <paramref name="at"/> and decided at <paramref name="at"/>: by a third rejection,
    /// or closed by the chair after three approvals (whose amount stays open until every member has voted).
    /// </summary>
    private void DecidedAt(string id, DateTimeOffset at, VoteChoice choice = VoteChoice.Reject)
    {
        var opened = at.AddHours(-1);
        Store.Create(Record(id, opened: opened), Created(Record(id, opened: opened)));
        Vote(Store, id, "member-1", choice, at: at.AddMinutes(-20));
        Vote(Store, id, "member-2", choice, at: at.AddMinutes(-10));
        if (choice == VoteChoice.Reject)
        {
            Vote(Store, id, "member-3", choice, at: at);
        }
        else
        {
            Vote(Store, id, "member-3", choice, at: at.AddMinutes(-5));
            CommitteeSamples.Close(Store, id, at);
        }

        Assert.Equal(at, Store.Find(id)!.Request.Decision!.DecidedAt);
    }
}
