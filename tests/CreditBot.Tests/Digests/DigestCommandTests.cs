using System.Globalization;
using CreditBot.Answers;
using CreditBot.Delivery;
using CreditBot.Digests;
using CreditBot.Domain;
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
    public async Task Weekly_preview_shows_the_weeks_order_blocks_and_committee_decisions_as_the_card_does()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        Seed(path, WeeklySamples.Snapshot);
        using (var database = new CreditDatabase(path))
        {
            WeekSamples.Fill(new LiteDbOrderBlockStore(database), new LiteDbLimitRequestStore(database));
        }

        var result = await CreditBotCli.RunAsync("digest", "weekly", "--as-of", "2026-11-30", "--preview", "--lang", "en", "--db", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var english = CultureInfo.GetCultureInfo("en-US");
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("Order blocks and committee decisions", lines);
        Assert.Contains($"From Monday {Figures.Date(new DateOnly(2026, 11, 23), english)} to Sunday {Figures.Date(new DateOnly(2026, 11, 29), english)} inclusive", lines);
        Assert.Contains("over limit\u00A0(3) · overdue\u00A0(2) · manual block\u00A0(1)", lines);
        Assert.Contains("66.7%", lines);
        Assert.Contains($"Sud Santé — {Figures.Money(Money.Eur(120_000m), english)} requested, refused", lines);
        Assert.Contains($"Nord Métal — {Figures.Money(Money.Eur(80_000m), english)} → {Figures.Money(Money.Eur(60_000m), english)}, approved", lines);
        Assert.Contains("Requests still open at the week's end: 2.", lines);
    }

    [Fact]
    public async Task Weekly_breakdown_by_salesperson_names_the_configured_person_not_the_ledger_s_identifier()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        Seed(path, WeeklySamples.Snapshot);
        // Verbs read settings from appsettings.json and the environment (a person at an index past the shipped ones).
        var people = new Dictionary<string, string>
        {
            ["People__Directory__90__ObjectId"] = "5a0c7f0e-0000-4000-8000-00000000ca01",
            ["People__Directory__90__Upn"] = "camille@contoso.example",
            ["People__Directory__90__Name"] = "Camille Martin",
        };

        var result = await CreditBotCli.RunAsync(people, "digest", "weekly", "--as-of", "2026-11-30", "--preview", "--lang", "en", "--db", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var section = lines.IndexOf("DSO by salesperson");
        Assert.True(section >= 0, result.Output);
        var names = lines.Skip(section + 1).Take(6).ToList();
        Assert.Contains("Camille Martin", names); // configured: by name
        Assert.Contains("julien@contoso.example", names); // not configured: as the ledger gives it
        Assert.DoesNotContain("camille@contoso.example", result.Output, StringComparison.Ordinal);
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
