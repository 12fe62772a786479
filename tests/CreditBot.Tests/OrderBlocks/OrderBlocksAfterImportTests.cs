using CreditBot.Delivery;
using CreditBot.Domain;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Ledger;
using Microsoft.Extensions.DependencyInjection;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;

namespace CreditBot.Tests.OrderBlocks;

public sealed class OrderBlocksAfterImportTests
{
    private static IOrderBlockStore Blocks(LedgerHost host) => host.Services.GetRequiredService<IOrderBlockStore>();

    private static IReadOnlyList<OutboxMessage> Outbox(LedgerHost host) =>
        host.Services.GetRequiredService<IOutboxStore>().List(new OutboxQuery { Max = 1000 });

    [Fact]
    public async Task A_new_block_opens_one_request_with_a_card_for_the_units_credit_manager_only()
    {
        using var host = LedgerHost.Create(People());

        var report = await host.ImportAsync(Import(host.Folder));

        Assert.Equal(CreditBot.Ledger.ImportStatus.Imported, report.Status);
        var block = Blocks(host).Find(AcmeOrder)!;
        Assert.Equal((OrderBlockState.PendingDecision, 1L, Money.Eur(12_000m)), (block.State, block.Version, block.OrderAmount));
        Assert.Equal(["block.overdue"], block.ReasonKeys);
        Assert.Equal(Money.Eur(600m), block.OverdueAtBlock);
        Assert.Null(Blocks(host).Find("C002|CMD-002"));

        // Camille is a credit manager of Industrie too, but ACME is her client: four eyes keep her card away.
        var message = Assert.Single(Outbox(host));
        Assert.Equal($"order:{AcmeOrder}:approval:v1:{Claire}", message.Key);
        Assert.Equal(OutboxRecipient.Person(Claire), message.Recipient);
        Assert.Equal(new PostedCardTag(BlockedOrderCard.Kind, AcmeOrder, 1, "fr-FR"), message.Card! with { RefreshUserIds = null });
        Assert.Contains("Commande bloquée CMD-001", message.Payload, StringComparison.Ordinal);
        Assert.Contains("order.release", message.Payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "4 nouvelles commandes bloquées attendent votre décision, pour 18 000,00 € au total ; la plus grosse : CMD-001 pour ACME Industrie SAS (12 000,00 €). Tapez « commandes bloquées »")]
    [InlineData("en", "4 new blocked orders wait for your decision, €18,000.00 in all; the largest: CMD-001 for ACME Industrie SAS (€12,000.00). Type \"blocked orders\"")]
    public async Task More_new_requests_than_the_limit_come_to_an_approver_as_one_message_not_a_card_each(string language, string text)
    {
        using var host = LedgerHost.Create(People(new()
        {
            ["OrderBlocks:MaxCardsPerApproverPerImport"] = "3",
            ["People:Directory:0:Language"] = language,
        }));

        await host.ImportAsync(Import(host.Folder, moreAcmeOrders: 3));

        Assert.Equal(4, Blocks(host).All().Count(b => b.Client.Value == "C001" && b.State == OrderBlockState.PendingDecision));
        var message = Assert.Single(Outbox(host));
        Assert.Equal(OutboxRecipient.Person(Claire), message.Recipient);
        Assert.StartsWith("orders:run:", message.Key, StringComparison.Ordinal);
        Assert.Null(message.Card);
        var sent = System.Text.Json.JsonSerializer.Deserialize(message.Payload, CreditBot.BotFramework.BotJsonContext.Default.Activity)!;
        Assert.Equal(text, sent.Text!.Replace('\u00A0', ' ').Replace('\u202F', ' ')[..Math.Min(text.Length, sent.Text.Length)]);
    }

    [Fact]
    public async Task Up_to_the_limit_each_new_request_gets_its_card()
    {
        using var host = LedgerHost.Create(People(new() { ["OrderBlocks:MaxCardsPerApproverPerImport"] = "4" }));

        await host.ImportAsync(Import(host.Folder, moreAcmeOrders: 3));

        Assert.Equal(4, Outbox(host).Count(m => m.Recipient == OutboxRecipient.Person(Claire) && m.Key.Contains(":approval:", StringComparison.Ordinal)));
        Assert.DoesNotContain(Outbox(host), m => m.Key.StartsWith("orders:run:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_import_that_changes_nothing_opens_nothing()
    {
        using var host = LedgerHost.Create(People());
        await host.ImportAsync(Import(host.Folder));

        await host.ImportAsync(Import(host.Folder));

        var block = Blocks(host).Find(AcmeOrder)!;
        Assert.Equal((1L, 1), (block.Version, block.History.Count));
        Assert.Single(Outbox(host));
    }

    [Fact]
    public async Task A_decided_order_stays_decided_and_the_order_grown_beyond_its_release_is_checked_again()
    {
        using var host = LedgerHost.Create(People());
        await host.ImportAsync(Import(host.Folder));
        Release(host, AcmeOrder);

        await host.ImportAsync(Import(host.Folder));
        var kept = Blocks(host).Find(AcmeOrder)!;
        await host.ImportAsync(Import(host.Folder, acmeOrder: 15_000m));
        var grown = Blocks(host).Find(AcmeOrder)!;

        Assert.Equal((OrderBlockState.Released, 2L), (kept.State, kept.Version));
        Assert.Equal((OrderBlockState.PendingDecision, 3L, 2), (grown.State, grown.Version, grown.Round));
        Assert.Equal("recheck.grown", grown.History[^1].Note);
        Assert.Equal(Money.Eur(15_000m), grown.OrderAmount);
        Assert.Contains(Outbox(host), m => m.Key == $"order:{AcmeOrder}:approval:v3:{Claire}");
    }

    [Fact]
    public async Task A_release_older_than_the_configured_days_is_checked_again()
    {
        using var host = LedgerHost.Create(People(new() { ["OrderBlocks:RecheckAfterDays"] = "7" }));
        await host.ImportAsync(Import(host.Folder));
        Release(host, AcmeOrder);

        host.Time.Advance(TimeSpan.FromDays(7));
        await host.ImportAsync(Import(host.Folder));
        var day7 = Blocks(host).Find(AcmeOrder)!;
        host.Time.Advance(TimeSpan.FromDays(1));
        await host.ImportAsync(Import(host.Folder));
        var day8 = Blocks(host).Find(AcmeOrder)!;

        Assert.Equal(OrderBlockState.Released, day7.State);
        Assert.Equal((OrderBlockState.PendingDecision, "recheck.stale"), (day8.State, day8.History[^1].Note));
    }

    [Fact]
    public async Task A_payment_makes_the_order_ready_to_release_and_the_approver_is_told()
    {
        using var host = LedgerHost.Create(People());
        await host.ImportAsync(Import(host.Folder));

        await host.ImportAsync(Import(host.Folder, f002Paid: true));

        var block = Blocks(host).Find(AcmeOrder)!;
        Assert.Equal((OrderBlockState.ReadyToRelease, 2L), (block.State, block.Version));
        var told = Assert.Single(Outbox(host), m => m.Key == $"order:{AcmeOrder}:ready:v2:{Claire}");
        Assert.Contains("prête à libérer", Text(told), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_auto_release_a_paid_order_is_released_and_the_salesperson_told()
    {
        using var host = LedgerHost.Create(People(new() { ["OrderBlocks:AutoReleaseWhenReady"] = "true" }));
        await host.ImportAsync(Import(host.Folder));

        await host.ImportAsync(Import(host.Folder, f002Paid: true));

        var block = Blocks(host).Find(AcmeOrder)!;
        Assert.Equal((OrderBlockState.Released, OrderBlock.SystemDecider), (block.State, block.Decision!.DeciderId));
        var told = Assert.Single(Outbox(host), m => m.Recipient == OutboxRecipient.Person(Camille));
        Assert.Contains("released automatically", Text(told), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_request_expires_when_its_order_leaves_the_book()
    {
        using var host = LedgerHost.Create(People());
        await host.ImportAsync(Import(host.Folder));
        var request = Import(host.Folder);
        var noOrders = Fixture.Write(host.Folder, "no-orders.csv", "Client,Number,Date,Amount,Prepayment,PlannedDelivery\n");

        await host.ImportAsync(request with { Orders = CreditBot.Ledger.LedgerInput.FromFile(noOrders) });

        Assert.Equal(OrderBlockState.Expired, Blocks(host).Find(AcmeOrder)!.State);
    }

    [Fact]
    public async Task An_undecided_request_is_reminded_once_then_escalated_to_the_cfo()
    {
        using var host = LedgerHost.Create(People(new() { ["OrderBlocks:RemindAfterHours"] = "24", ["OrderBlocks:EscalateAfterHours"] = "48" }));
        await host.ImportAsync(Import(host.Folder));

        host.Time.Advance(TimeSpan.FromHours(24));
        await host.ImportAsync(Import(host.Folder));
        await host.ImportAsync(Import(host.Folder));
        var reminded = Blocks(host).Find(AcmeOrder)!;
        host.Time.Advance(TimeSpan.FromHours(24));
        await host.ImportAsync(Import(host.Folder));
        var escalated = Blocks(host).Find(AcmeOrder)!;

        Assert.Equal((OrderBlockEventKind.Reminded, 2L), (reminded.History[^1].Kind, reminded.Version));
        var reminder = Assert.Single(Outbox(host), m => m.Key.Contains(":reminder:", StringComparison.Ordinal));
        Assert.Equal(($"order:{AcmeOrder}:reminder:v2:{Claire}", "Rappel : la commande CMD-001 pour ACME Industrie SAS attend toujours votre décision."), (reminder.Key, Text(reminder)));
        Assert.Equal((OrderBlockEventKind.Escalated, OrderBlockState.PendingDecision, true), (escalated.History[^1].Kind, escalated.State, escalated.Escalated));
        var toCfo = Assert.Single(Outbox(host), m => m.Key.Contains(":escalated:", StringComparison.Ordinal));
        Assert.Equal(($"order:{AcmeOrder}:escalated:v3:{Paul}", OutboxRecipient.Person(Paul)), (toCfo.Key, toCfo.Recipient));
    }

    private static string? Text(OutboxMessage message) =>
        System.Text.Json.JsonDocument.Parse(message.Payload).RootElement.GetProperty("text").GetString();

    private static void Release(LedgerHost host, string id)
    {
        var store = Blocks(host);
        var block = store.Find(id)!;
        var decision = new OrderDecision
        {
            Kind = OrderDecisionKind.Release,
            DeciderId = Claire,
            DeciderName = "Claire Moreau",
            At = host.Time.GetUtcNow(),
        };
        var released = Assert.IsType<DecideOutcome.Applied>(block.Decide(decision, block.Version)).Block;
        Assert.True(store.TrySave(released, block.Version));
    }
}
