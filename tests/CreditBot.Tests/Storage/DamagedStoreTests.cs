using System.Net;
using System.Text.Json;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Storage;

/// <summary>
/// Issue 11, defect 4: a damaged, missing or empty store is said. Each case through the real executable as a child
/// process.
/// </summary>
public class DamagedStoreTests(StoreFiles stores) : IClassFixture<StoreFiles>
{
    [Theory]
    [InlineData("16 KB of random bytes at offset 16 384")]
    [InlineData("scattered 8-byte overwrites")]
    [InlineData("a damaged header page")]
    [InlineData("truncated to half")]
    public async Task A_start_on_a_damaged_store_stops_with_one_line_naming_the_file_and_the_way_out(string damage)
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        StoreFiles.Damage(store, damage);

        var start = await CreditBotCli.RunAsync("--urls", "http://127.0.0.1:0", "--db", store, "--environment", "Development", "--BotFramework:DisableAuthentication=true", "--Storage:SeedDemoData=false");

        Assert.Equal(5, start.ExitCode);
        var line = Assert.Single(start.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"The store {store} is damaged (", line, StringComparison.Ordinal);
        Assert.EndsWith($"Restore it from a backup: stop the bot, then `creditbot restore BACKUP-FILE --db {store}`.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", start.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verb_on_a_damaged_store_says_so_in_one_line()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        StoreFiles.Damage(store, "a damaged header page");

        var ask = await CreditBotCli.RunAsync("ask", "encours acme", "--as", "claire.moreau@contoso.example", "--db", store);

        Assert.Equal(5, ask.ExitCode);
        Assert.StartsWith($"The store {store} is damaged (", Assert.Single(ask.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damage_found_while_running_makes_the_bot_not_ready_while_it_stays_live()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        await using var bot = await BotProcess.StartAsync(store);
        using (var before = await bot.GetAsync("health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            Assert.Equal("Healthy", await StatusAsync(before));
        }

        StoreFiles.Damage(store, "16 KB of random bytes at offset 16 384");
        using var ready = await bot.GetAsync("health/ready");
        using var live = await bot.GetAsync("health/live");
        using var health = await bot.GetAsync("health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var check = Assert.Single(body.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "store");
        Assert.StartsWith("The store is damaged (page 2 at offset 16384", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_zero_byte_store_in_production_is_not_filled_with_demo_data_and_ready_says_it_holds_no_ledger()
    {
        using var folder = new TempFolder();
        var store = folder.File("creditbot.db");
        await File.WriteAllBytesAsync(store, []);
        HttpStatusCode readyCode;
        string readyBody;
        await using (var fake = await FakeBotService.StartAsync())
        {
            // Production, authenticated as for Teams; Storage:SeedDemoData left unset.
            string[] settings = ["--environment", "Production", "--BotFramework:DisableAuthentication=false", .. fake.BotConfiguration().Select(s => $"--{s.Key}={s.Value}")];
            await using var bot = await BotProcess.StartAsync(store, settings, seedDemoData: null);
            using var ready = await bot.GetAsync("health/ready");
            (readyCode, readyBody) = (ready.StatusCode, await ready.Content.ReadAsStringAsync());
        }

        using (var database = new CreditDatabase(store))
        {
            Assert.True(new LedgerStore(database).IsEmpty);
            Assert.Equal(0, new ImportRunStore(database).Count());
        }

        Assert.Equal(HttpStatusCode.OK, readyCode);
        using var body = JsonDocument.Parse(readyBody);
        Assert.Equal("Degraded", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Demo_data_asked_for_never_goes_into_a_file_that_held_data()
    {
        using var folder = new TempFolder();
        var store = folder.File("creditbot.db");
        using (var database = new CreditDatabase(store))
        {
            // A store that held data but no ledger: conversations the bot had, say.
            database.Database.GetCollection("conversations").Insert(new LiteDB.BsonDocument { ["_id"] = "a:1" });
        }

        // The seeding runs before the server listens: started is seeded or not.
        await using (await BotProcess.StartAsync(store, [], seedDemoData: true))
        {
        }

        using var reopened = new CreditDatabase(store);
        Assert.True(new LedgerStore(reopened).IsEmpty);
    }

    [Fact]
    public async Task A_new_store_in_development_gets_the_demo_data_by_default()
    {
        using var folder = new TempFolder();
        var store = folder.File("creditbot.db");

        await using (var bot = await BotProcess.StartAsync(store, ["--Demo:Clients=12"], seedDemoData: null))
        {
            using var ready = await bot.GetAsync("health/ready");
            Assert.Equal("Healthy", await StatusAsync(ready));
        }

        using var database = new CreditDatabase(store);
        Assert.Equal(12, new LedgerStore(database).AllClients().Count);
    }

    private static async Task<string?> StatusAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("status").GetString();
    }
}
