using System.Text.Json;
using CreditBot.Domain.Orders;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.OrderBlocks;

public sealed class BlockStatsCommandTests
{
    [Fact]
    public async Task Blocks_stats_counts_what_the_demo_import_blocked_by_reason_and_names_the_salespeople()
    {
        using var folder = new TempFolder();
        var store = folder.File("cli.db");
        var seeded = await CreditBotCli.RunAsync("demo", "--as-of", "2026-11-23", "--out", folder.File("demo"), "--import", "--db", store);
        Assert.True(seeded.ExitCode == 0, seeded.Error);

        var json = await CreditBotCli.RunAsync("blocks", "stats", "--from", "2020-01-01", "--json", "--db", store);
        var text = await CreditBotCli.RunAsync("blocks", "stats", "--from", "2020-01-01", "--db", store);

        Assert.True(json.ExitCode == 0, json.Error);
        List<OrderBlock> blocks;
        using (var database = new CreditDatabase(store))
        {
            blocks = [.. new LiteDbOrderBlockStore(database).All()];
        }

        using var figures = JsonDocument.Parse(json.Output);
        var root = figures.RootElement;
        Assert.NotEmpty(blocks);
        Assert.Equal(blocks.Count, Property(root, "opened").GetInt32());
        var reasons = Property(root, "byReason").EnumerateArray().ToDictionary(r => Property(r, "key").GetString()!, r => Property(r, "count").GetInt32());
        Assert.Equal(blocks.SelectMany(b => b.ReasonKeys).Count(), reasons.Values.Sum());
        Assert.Equal(blocks.Count(b => b.ReasonKeys.Contains("block.overdue")), reasons["block.overdue"]);
        Assert.Contains("Camille Martin (demo salesperson)", text.Output, StringComparison.Ordinal);
        Assert.Contains("Release rate: -", text.Output, StringComparison.Ordinal);
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.EnumerateObject().First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
}
