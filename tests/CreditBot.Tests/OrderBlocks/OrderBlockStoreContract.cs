using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>What every <see cref="IOrderBlockStore"/> engine must do.</summary>
public abstract class OrderBlockStoreContract : StoreContract<IOrderBlockStore>
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    protected static OrderBlock Block(string number, DateTimeOffset? at = null) => OrderBlock.Open(
        new OrderBlockEvaluation
        {
            Client = new ClientCode("C9"),
            OrderNumber = number,
            OrderAmount = Money.Eur(10m),
            Decision = new BlockDecision([
                new BlockReason.OverdueBeyondTolerance(Money.Eur(5m), 1, 40, 0, Money.Eur(0m)),
                new BlockReason.NoCreditLine(),
                new BlockReason.LimitNotYetValid(new DateOnly(2027, 1, 1)),
                new BlockReason.LimitExceeded(Money.Eur(1m), Money.Eur(10m), Money.Eur(5m), Money.Eur(6m)),
                new BlockReason.ReviewDatePassed(new DateOnly(2024, 1, 1), 30),
                new BlockReason.ManualBlock(),
            ]),
            AsOf = new DateOnly(2026, 11, 23),
            Exposure = Money.Eur(5m),
            Overdue = Money.Eur(5m),
            Limit = Money.Eur(5m),
            Salesperson = "camille.martin@contoso.example",
            BusinessUnit = "Industrie",
        },
        at ?? At);

    [Fact]
    public void The_blocks_of_one_client_are_its_own_whatever_their_state_and_not_those_of_a_code_it_begins()
    {
        var open = Block("X1");
        var decided = ((DecideOutcome.Applied)Block("X2").Decide(
            new OrderDecision { Kind = OrderDecisionKind.Reject, DeciderId = "oid-claire", DeciderName = "Claire Moreau", At = At.AddHours(1) }, 1)).Block;
        var other = Block("X3") with { Id = OrderBlock.IdOf(new ClientCode("C91"), "X3"), Client = new ClientCode("C91") };
        Store.TryAdd(open);
        Store.TryAdd(Block("X2"));
        Store.TrySave(decided, 1);
        Store.TryAdd(other);

        var mine = Reopen().OfClient(new ClientCode("C9"));

        Assert.Equal([(open.Id, OrderBlockState.PendingDecision), (decided.Id, OrderBlockState.Rejected)], mine.OrderBy(b => b.Id, StringComparer.Ordinal).Select(b => (b.Id, b.State)));
        Assert.Equal([other.Id], Store.OfClient(new ClientCode("C91")).Select(b => b.Id));
        Assert.Empty(Store.OfClient(new ClientCode("C1")));
    }

    [Fact]
    public void A_block_reads_back_as_it_was_saved_after_a_restart_with_every_reason_and_its_history()
    {
        var block = Block("X1");
        var decided = ((DecideOutcome.Applied)block.Decide(
            new OrderDecision
            {
                Kind = OrderDecisionKind.ReleaseWithConditions,
                DeciderId = "oid-claire",
                DeciderName = "Claire Moreau",
                At = At.AddHours(1),
                Comment = "OK",
                Condition = new ReleaseCondition(ReleaseConditionKind.PartialUpToHeadroom, Money.Eur(4m)),
                Snapshot = ["Commande: 10,00 €"],
            },
            1)).Block;
        Store.TryAdd(block);
        Store.TrySave(decided, 1);

        var read = Reopen().Find(block.Id)!;

        Assert.Equal(decided.Reasons, read.Reasons);
        Assert.Equal((decided.State, decided.Version, decided.ReleasedAmount, decided.UpdatedAt), (read.State, read.Version, read.ReleasedAmount, read.UpdatedAt));
        Assert.Equal(decided.Decision! with { Snapshot = [] }, read.Decision! with { Snapshot = [] });
        Assert.Equal(["Commande: 10,00 €"], read.Decision!.Snapshot);
        Assert.Equal(decided.History.Select(e => (e.Kind, e.Version, e.At, e.State)), read.History.Select(e => (e.Kind, e.Version, e.At, e.State)));
    }

    [Fact]
    public void An_order_has_one_block_and_a_save_on_an_older_version_changes_nothing()
    {
        var block = Block("X1");

        Assert.True(Store.TryAdd(block));
        Assert.False(Store.TryAdd(block with { OrderAmount = Money.Eur(99m) }));
        Assert.False(Store.TrySave(block with { Version = 2 }, expectedVersion: 0));
        Assert.True(Store.TrySave(block with { Version = 2 }, expectedVersion: 1));
        Assert.False(Store.TrySave(block with { Version = 3 }, expectedVersion: 1));
        Assert.Equal((2L, Money.Eur(10m)), (Store.Find(block.Id)!.Version, Store.Find(block.Id)!.OrderAmount));
    }

    [Fact]
    public void Open_lists_pending_and_ready_orders_and_changed_since_lists_by_last_change()
    {
        var pending = Block("P");
        var ready = Block("R") with { State = OrderBlockState.ReadyToRelease, UpdatedAt = At.AddHours(2) };
        var rejected = Block("J") with { State = OrderBlockState.Rejected, UpdatedAt = At.AddHours(3) };
        foreach (var block in new[] { rejected, ready, pending })
        {
            Store.TryAdd(block);
        }

        Assert.Equal(["C9|P", "C9|R"], Store.Open().Select(b => b.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["C9|R", "C9|J"], Store.ChangedSince(At.AddHours(1), 10).Select(b => b.Id));
        Assert.Equal(["C9|P"], Store.ChangedSince(At, 1).Select(b => b.Id));
        Assert.Equal(3, Store.All().Count);
    }

    [Fact]
    public void An_order_number_finds_its_blocks_of_every_client_in_any_case_after_a_restart()
    {
        var mine = Block("CMD-000179");
        var theirs = Block("cmd-000179") with { Id = OrderBlock.IdOf(new ClientCode("C10"), "cmd-000179"), Client = new ClientCode("C10") };
        Store.TryAdd(mine);
        Store.TryAdd(theirs);
        Store.TryAdd(Block("CMD-0001790"));

        var found = Reopen().WithOrderNumber(" Cmd-000179 ");

        Assert.Equal(new[] { mine.Id, theirs.Id }.Order(StringComparer.Ordinal), found.Select(b => b.Id).Order(StringComparer.Ordinal));
        Assert.Empty(Store.WithOrderNumber("CMD-000180"));
    }

    [Fact]
    public void The_ids_in_a_state_are_those_blocks_only()
    {
        var rejected = ((DecideOutcome.Applied)Block("J").Decide(
            new OrderDecision { Kind = OrderDecisionKind.Reject, DeciderId = "oid-claire", DeciderName = "Claire Moreau", At = At.AddHours(1), RejectReason = "reject.risk" }, 1)).Block;
        Store.TryAdd(Block("J"));
        Store.TrySave(rejected, 1);
        Store.TryAdd(Block("P"));

        Assert.Equal(["C9|J"], Reopen().IdsIn(OrderBlockState.Rejected));
        Assert.Equal(["C9|P"], Store.IdsIn(OrderBlockState.PendingDecision));
        Assert.Empty(Store.IdsIn(OrderBlockState.Released));
    }
}
