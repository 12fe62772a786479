using CreditBot.Company;
using CreditBot.Demo;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CreditBot.Tests.Demo;

/// <summary>
/// The demo's past blocked orders: each one the block rules would have blocked on its day on what the generated ledger
/// says the client owed then, decided by an approver who is not its salesperson, a few hours later, all within the
/// history's days; none waits for anyone, none is in the order book; the same seed gives the same history once.
/// </summary>
public sealed class DemoBlockHistoryTests
{
    [Fact]
    public async Task Every_past_block_is_one_the_rules_made_on_its_day_decided_by_an_approver_once()
    {
        using var host = LedgerHost.Create(
            new()
            {
                ["Storage:SeedDemoData"] = "true",
                ["Demo:Clients"] = "120",
                ["Demo:Seed"] = "7",
                ["People:Directory:0:ObjectId"] = "oid-claire",
                ["People:Directory:0:Name"] = "Claire Moreau",
                ["People:Directory:0:Roles:0"] = "CreditManager",
                ["People:Directory:0:BusinessUnits:0"] = "Industrie",
                ["People:Directory:0:BusinessUnits:1"] = "Distribution",
                ["People:Directory:0:BusinessUnits:2"] = "Services",
                ["People:Directory:1:ObjectId"] = "oid-paul",
                ["People:Directory:1:Name"] = "Paul Lefebvre",
                ["People:Directory:1:Roles:0"] = "Cfo",
            },
            services => services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" }));
        await ActivatorUtilities.CreateInstance<DemoSeeder>(host.Services).StartingAsync(CancellationToken.None);
        var asOf = host.Services.GetRequiredService<CompanyClock>().Today;
        var blocks = host.Services.GetRequiredService<IOrderBlockStore>();
        var evaluator = host.Services.GetRequiredService<OrderBlockEvaluator>();
        var routing = host.Services.GetRequiredService<OrderBlockRouting>();

        var history = blocks.All().Where(b => b.OrderNumber.StartsWith("CMD-H", StringComparison.Ordinal)).ToList();

        Assert.Equal(120 / 6, history.Count);
        Assert.Contains(history, b => b.State == OrderBlockState.Released);
        Assert.Contains(history, b => b.State == OrderBlockState.Rejected);
        var orderBook = host.Store.AllOrders().Select(o => o.Number).ToHashSet(StringComparer.Ordinal);
        foreach (var block in history)
        {
            Assert.True(block.IsDecided, block.Id);
            Assert.DoesNotContain(block.OrderNumber, orderBook);
            Assert.InRange(block.BlockedAsOf, asOf.AddDays(-DemoBlockHistory.Days), asOf.AddDays(-3));
            var decision = block.Decision!;
            Assert.InRange(decision.At - block.BlockedAt, TimeSpan.FromMinutes(20), TimeSpan.FromHours(80));
            Assert.Contains(decision.DeciderId, routing.ApproversOf(block).Select(p => p.ObjectId));
            Assert.NotEqual(routing.SalespersonObjectId(block), decision.DeciderId);

            // The rules, run again on the client's ledger as it stood that day, block the order for the same reasons.
            var client = host.Store.FindClient(block.Client)!;
            var items = PastDso.OpenItemsAt(block.BlockedAsOf, host.Store.OpenItemsOf(client.Code), host.Store.PaymentsOf(client.Code), client.Currency);
            var again = evaluator.Evaluate(client, items, [], new Domain.Orders.Order { Client = client.Code, Number = block.OrderNumber, Date = block.BlockedAsOf, Amount = block.OrderAmount }, block.BlockedAsOf)!;
            Assert.Equal(block.ReasonKeys, again.Decision.Reasons.Select(r => r.Key));
        }

        // The same seed and date again: the same orders, already there, added once.
        Assert.Equal(0, ActivatorUtilities.CreateInstance<DemoBlockHistory>(host.Services).Add(asOf, 7));
        Assert.Equal(history.Count, blocks.All().Count(b => b.OrderNumber.StartsWith("CMD-H", StringComparison.Ordinal)));
    }
}
