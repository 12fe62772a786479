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
        // The demo's history of decided blocks (DemoBlockHistory) gives the release rate.
        var decisions = blocks.Where(b => b.IsDecided).Select(b => b.Decision!.Kind).ToList();
        Assert.NotEmpty(decisions);
        var rate = 100m * decisions.Count(k => k != OrderDecisionKind.Reject) / decisions.Count;
        Assert.Contains($"Release rate: {rate.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} %", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocks_stats_says_what_became_of_the_releases_beside_the_figures()
    {
        using var folder = new TempFolder();
        var store = folder.File("cli.db");
        var seeded = await CreditBotCli.RunAsync("demo", "--as-of", "2026-11-23", "--out", folder.File("demo"), "--import", "--db", store);
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        // Two of the demo's blocks released today and one rejected: the ledger (as of 23/11) cannot judge the releases yet.
        using (var database = new CreditDatabase(store))
        {
            var blocks = new LiteDbOrderBlockStore(database);
            var now = DateTimeOffset.UtcNow;
            foreach (var (block, kind) in blocks.Open().Take(3).Zip([OrderDecisionKind.Release, OrderDecisionKind.ReleaseWithConditions, OrderDecisionKind.Reject]))
            {
                var decided = Assert.IsType<DecideOutcome.Applied>(block.Decide(
                    new OrderDecision { Kind = kind, DeciderId = "oid-claire", DeciderName = "Claire Moreau", At = now, Condition = kind == OrderDecisionKind.ReleaseWithConditions ? new ReleaseCondition(ReleaseConditionKind.AgainstPrepayment) : null, RejectReason = kind == OrderDecisionKind.Reject ? "reject.overdue" : null },
                    block.Version)).Block;
                Assert.True(blocks.TrySave(decided, block.Version));
            }
        }

        // From today: the demo's history (decided before its date) is left out.
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var json = await CreditBotCli.RunAsync("blocks", "stats", "--from", today, "--json", "--db", store);
        var text = await CreditBotCli.RunAsync("blocks", "stats", "--from", today, "--db", store);

        Assert.True(json.ExitCode == 0, json.Error);
        using var figures = JsonDocument.Parse(json.Output);
        var followUp = Property(figures.RootElement, "releaseFollowUp");
        Assert.Equal((2, 0, 0, 2), (Property(followUp, "releases").GetInt32(), Property(followUp, "wentLate").GetInt32(), Property(followUp, "onTime").GetInt32(), Property(followUp, "tooEarly").GetInt32()));
        Assert.Equal("2026-11-23", Property(figures.RootElement, "ledgerAsOf").GetString());
        Assert.Contains("Did releasing pay off (ledger as of 2026-11-23): 2 releases; went more than 30 days late 0, on time 0 (late share -); too early to tell 2", text.Output, StringComparison.Ordinal);
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.EnumerateObject().First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
}
