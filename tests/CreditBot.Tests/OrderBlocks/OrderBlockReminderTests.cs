using CreditBot.Delivery;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// The reminder clock on the fake clock, with no import after the one that blocked ACME's CMD-001 (at 06:00 UTC on
/// 1/6/2024, Claire its approver): reminded once at 24 h, escalated to the CFO (Paul) at 48 h, nothing twice,
/// whether the pass repeats, the service restarts over the same file, or an import races it.
/// </summary>
public sealed class OrderBlockReminderTests
{
    private static readonly string ReminderToClaire = $"order:{AcmeOrder}:reminder:v2:{Claire}";

    private static IOrderBlockStore Blocks(LedgerHost host) => host.Services.GetRequiredService<IOrderBlockStore>();

    private static OrderBlockReminders Reminders(LedgerHost host) => host.Services.GetRequiredService<OrderBlockReminders>();

    private static List<OutboxMessage> Chasing(LedgerHost host) =>
        [.. host.Services.GetRequiredService<IOutboxStore>().List(new OutboxQuery { Max = 1000 })
            .Where(m => m.Key.Contains(":reminder:", StringComparison.Ordinal) || m.Key.Contains(":escalated:", StringComparison.Ordinal))];

    private static LedgerHost Host(string databasePath) =>
        LedgerHost.Create(People(new() { ["Storage:DatabasePath"] = databasePath, ["OrderBlocks:RemindAfterHours"] = "24", ["OrderBlocks:EscalateAfterHours"] = "48" }));

    private static async Task<LedgerHost> BlockedAsync(TempFolder folder)
    {
        var host = Host(folder.File("creditbot.db"));
        await host.ImportAsync(Import(host.Folder));
        Assert.Equal(OrderBlockState.PendingDecision, Blocks(host).Find(AcmeOrder)!.State);
        return host;
    }

    private static Task<IReadOnlyList<OrderBlock>> PassAsync(LedgerHost host, TimeSpan sinceBlocked)
    {
        host.Time.SetUtcNow(Blocks(host).Find(AcmeOrder)!.BlockedAt + sinceBlocked);
        return Reminders(host).RunAsync(host.Time.GetUtcNow(), CancellationToken.None);
    }

    [Fact]
    public async Task Nothing_is_sent_before_the_reminder_is_due()
    {
        using var folder = new TempFolder();
        using var host = await BlockedAsync(folder);

        var chased = await PassAsync(host, TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));

        Assert.Empty(chased);
        Assert.Empty(Chasing(host));
        Assert.Equal(1L, Blocks(host).Find(AcmeOrder)!.Version);
    }

    [Fact]
    public async Task At_24_hours_the_approver_is_reminded_once_however_many_passes_run()
    {
        using var folder = new TempFolder();
        using var host = await BlockedAsync(folder);

        var first = await PassAsync(host, TimeSpan.FromHours(24));
        var again = await PassAsync(host, TimeSpan.FromHours(24));
        var later = await PassAsync(host, TimeSpan.FromHours(30));

        Assert.Equal(AcmeOrder, Assert.Single(first).Id);
        Assert.Empty(again);
        Assert.Empty(later);
        var block = Blocks(host).Find(AcmeOrder)!;
        Assert.Equal((OrderBlockEventKind.Reminded, 2L, false), (block.History[^1].Kind, block.Version, block.Escalated));
        var reminder = Assert.Single(Chasing(host));
        Assert.Equal((ReminderToClaire, OutboxRecipient.Person(Claire)), (reminder.Key, reminder.Recipient));
        Assert.Equal(
            "Rappel : la commande CMD-001 pour ACME Industrie SAS attend toujours votre décision.",
            System.Text.Json.JsonDocument.Parse(reminder.Payload).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task At_48_hours_the_request_goes_to_the_cfo_and_a_restart_sends_nothing_again()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        using (var host = await BlockedAsync(folder))
        {
            await PassAsync(host, TimeSpan.FromHours(24));
            var escalated = await PassAsync(host, TimeSpan.FromHours(48));
            Assert.Equal(AcmeOrder, Assert.Single(escalated).Id);
        }

        using var restarted = Host(path);
        var afterRestart = await PassAsync(restarted, TimeSpan.FromHours(49));
        var dayAfter = await PassAsync(restarted, TimeSpan.FromHours(96));

        Assert.Empty(afterRestart);
        Assert.Empty(dayAfter);
        var block = Blocks(restarted).Find(AcmeOrder)!;
        Assert.Equal((OrderBlockEventKind.Escalated, OrderBlockState.PendingDecision, true, 3L), (block.History[^1].Kind, block.State, block.Escalated, block.Version));
        Assert.Equal([Paul], restarted.Services.GetRequiredService<OrderBlockRouting>().ApproversOf(block).Select(p => p.ObjectId));
        Assert.Equal(
            [(ReminderToClaire, OutboxRecipient.Person(Claire)), ($"order:{AcmeOrder}:escalated:v3:{Paul}", OutboxRecipient.Person(Paul))],
            Chasing(restarted).OrderBy(m => m.Sequence).Select(m => (m.Key, m.Recipient)));
    }

    [Fact]
    public async Task A_restart_after_the_reminder_does_not_remind_again()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        using (var host = await BlockedAsync(folder))
        {
            Assert.Single(await PassAsync(host, TimeSpan.FromHours(24)));
        }

        using var restarted = Host(path);
        Assert.Empty(await PassAsync(restarted, TimeSpan.FromHours(25)));

        Assert.Equal(ReminderToClaire, Assert.Single(Chasing(restarted)).Key);
    }

    [Fact]
    public async Task A_decided_order_is_neither_reminded_nor_escalated()
    {
        using var folder = new TempFolder();
        using var host = await BlockedAsync(folder);
        var block = Blocks(host).Find(AcmeOrder)!;
        var decision = new OrderDecision { Kind = OrderDecisionKind.Release, DeciderId = Claire, DeciderName = "Claire Moreau", At = host.Time.GetUtcNow().AddHours(1) };
        Assert.True(Blocks(host).TrySave(Assert.IsType<DecideOutcome.Applied>(block.Decide(decision, block.Version)).Block, block.Version));

        Assert.Empty(await PassAsync(host, TimeSpan.FromHours(24)));
        Assert.Empty(await PassAsync(host, TimeSpan.FromHours(48)));

        Assert.Empty(Chasing(host));
        Assert.Equal((OrderBlockState.Released, 2L), (Blocks(host).Find(AcmeOrder)!.State, Blocks(host).Find(AcmeOrder)!.Version));
    }

    [Fact]
    public async Task The_clock_and_an_import_racing_at_24_hours_send_one_reminder()
    {
        for (var run = 0; run < 10; run++)
        {
            using var folder = new TempFolder();
            using var host = await BlockedAsync(folder);
            host.Time.SetUtcNow(Blocks(host).Find(AcmeOrder)!.BlockedAt + TimeSpan.FromHours(24));
            var request = Import(host.Folder);

            await Task.WhenAll(
                Task.Run(() => Reminders(host).RunAsync(host.Time.GetUtcNow(), CancellationToken.None)),
                Task.Run(() => host.ImportAsync(request)));

            var block = Blocks(host).Find(AcmeOrder)!;
            Assert.Equal((OrderBlockEventKind.Reminded, 2L), (block.History[^1].Kind, block.Version));
            Assert.Single(block.History, e => e.Kind == OrderBlockEventKind.Reminded);
            Assert.Equal(ReminderToClaire, Assert.Single(Chasing(host)).Key);
        }
    }

    [Fact]
    public async Task Running_as_a_hosted_service_it_reminds_when_the_clock_passes_24_hours_without_an_import()
    {
        using var folder = new TempFolder();
        using var clock = new TimerSignallingClock(new DateTimeOffset(2024, 6, 1, 6, 0, 0, TimeSpan.Zero));
        using var host = LedgerHost.Create(
            People(new() { ["Storage:DatabasePath"] = folder.File("creditbot.db") }),
            services => services.AddSingleton<TimeProvider>(clock));
        await host.ImportAsync(Import(host.Folder));
        var service = Reminders(host);
        await service.StartAsync(CancellationToken.None);
        try
        {
            // Each pass ends by waiting a minute on the clock: a new timer says the pass before it is over.
            await clock.WaitForTimerAsync();
            clock.Advance(TimeSpan.FromHours(23));
            await clock.WaitForTimerAsync();
            var early = Chasing(host).Count;
            clock.Advance(TimeSpan.FromHours(1));
            await clock.WaitForTimerAsync();

            Assert.Equal(0, early);
            Assert.Equal(ReminderToClaire, Assert.Single(Chasing(host)).Key);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }
}
