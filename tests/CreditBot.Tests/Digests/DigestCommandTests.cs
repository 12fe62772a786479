using CreditBot.Delivery;
using CreditBot.Digests;
using CreditBot.Ledger;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Digests;

/// <summary><c>creditbot digest</c> run as people run it: the built executable on a real store file.</summary>
public sealed class DigestCommandTests
{
    [Fact]
    public async Task Weekly_preview_at_a_month_end_prints_the_hand_worked_count_back_DSO_and_records_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        Seed(path, WeeklySamples.Snapshot);

        var result = await CreditBotCli.RunAsync("digest", "weekly", "--as-of", "2026-11-30", "--preview", "--lang", "en", "--db", path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("45.5 days", result.Output, StringComparison.Ordinal);
        Assert.Contains("Count-back over 2 months (October 2026 to November 2026), calendar days", result.Output, StringComparison.Ordinal);
        Assert.Contains("84.7 days", result.Output, StringComparison.Ordinal);
        using var database = new CreditDatabase(path);
        Assert.Empty(new DigestRunStore(database).Recent(DigestKind.Weekly, 10));
        Assert.Empty(new LiteDbOutboxStore(database).List(new OutboxQuery()));
    }

    [Fact]
    public async Task Daily_without_preview_makes_the_run_once()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        Seed(path, DigestSamples.Snapshot);
        var people = DigestHost.DefaultPeople().Select(p => $"--{p.Key}={p.Value}").ToArray();

        var first = await CreditBotCli.RunAsync(["digest", "daily", "--as-of", "2026-12-08", "--db", path, .. people]);
        var second = await CreditBotCli.RunAsync(["digest", "daily", "--as-of", "2026-12-08", "--db", path, .. people]);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("2 messages enqueued", first.Output, StringComparison.Ordinal);
        Assert.Contains("already made", second.Output, StringComparison.Ordinal);
        using var database = new CreditDatabase(path);
        Assert.Equal("command line", new DigestRunStore(database).Find(DigestKind.Daily, new DateOnly(2026, 12, 8))!.Trigger);
    }

    private static void Seed(string path, LedgerSnapshot snapshot)
    {
        using var database = new CreditDatabase(path);
        new LedgerStore(database).ReplaceSnapshot(snapshot, new ImportRun
        {
            Source = "test",
            Files = ["test"],
            Counts = ImportCounts.None,
            Currency = "EUR",
            Checksum = "test",
            RequestedBy = "test",
            AtUtc = new DateTime(2026, 11, 30, 5, 30, 0, DateTimeKind.Utc),
        });
    }
}
