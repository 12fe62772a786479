using System.Text.Json;
using CreditBot.BotFramework;
using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Storage;

/// <summary>
/// Issue 11, defect 2: a second process on the store of a running bot is refused at once, naming the holder and
/// the way to do it instead, and the bot keeps answering. Two real processes on one temp store.
/// </summary>
public class OneProcessPerStoreTests(StoreFiles stores) : IClassFixture<StoreFiles>
{
    /// <summary>The Agents Playground's user (from.aadObjectId), a credit manager in appsettings.json.</summary>
    private const string CreditManager = "00000000-0000-0000-0000-0000000000020";

    [Fact]
    public async Task An_import_into_the_store_of_a_running_bot_is_refused_naming_the_holder_and_the_bot_still_answers()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        await using var bot = await BotProcess.StartAsync(store);

        var import = await CreditBotCli.RunAsync("import", "fec", Fixture.Path("fec-basic.txt"), "--db", store);

        Assert.Equal(4, import.ExitCode);
        var line = Assert.Single(import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"The store {store} is in use by process {bot.ProcessId} on {Environment.MachineName} (serving the bot) since ", line, StringComparison.Ordinal);
        Assert.Contains("POST /api/imports/{source}", line, StringComparison.Ordinal);
        Assert.Contains("stop the bot", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, import.Output);
        Assert.Contains("ACME Industrie SAS", await AskAsync(bot, "encours acme"), StringComparison.Ordinal);
        using var ready = await bot.GetAsync("health/ready");
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
    }

    [Theory]
    [InlineData("import", "fec", "{fec}", "--dry-run")]
    [InlineData("demo", "--clients", "5", "--out", "{folder}", "--import")]
    public async Task Every_verb_that_opens_the_store_is_refused_while_the_bot_runs(params string[] verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        await using var bot = await BotProcess.StartAsync(store);
        var arguments = verb.Select(a => a.Replace("{fec}", Fixture.Path("fec-basic.txt"), StringComparison.Ordinal).Replace("{folder}", folder.File("demo"), StringComparison.Ordinal));

        var run = await CreditBotCli.RunAsync([.. arguments, "--db", store]);

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith($"The store {store} is in use by process {bot.ProcessId} ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_while_the_bot_runs_answers_from_a_checked_copy_the_bot_serves_and_says_so()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        await using var bot = await BotProcess.StartAsync(store);

        var run = await CreditBotCli.RunAsync("ask", "encours acme", "--as", "claire.moreau@contoso.example", "--db", store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("ACME Industrie SAS", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{store} is held by process {bot.ProcessId} on {Environment.MachineName} (serving the bot)", run.Error, StringComparison.Ordinal);
        Assert.Contains("reading a checked copy it served at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("ACME Industrie SAS", await AskAsync(bot, "encours acme"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_killed_outright_leaves_no_stale_lock()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        var bot = await BotProcess.StartAsync(store);

        await bot.DisposeAsync();
        var import = await CreditBotCli.RunAsync("import", "fec", Fixture.Path("fec-basic.txt"), "--db", store);

        Assert.True(import.ExitCode == 0, import.Error);
    }

    /// <summary>Asks in local mode as Teams would, the reply going to a recording Connector; returns the reply as JSON.</summary>
    internal static async Task<string> AskAsync(BotProcess bot, string text)
    {
        await using var connector = await FakeBotService.StartAsync();
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(connector.ServiceUrl).WithFromAadObjectId(CreditManager).WithText(text).Build();
        using var response = await connector.PostActivityAsync(new Uri(bot.BaseAddress, "api/messages"), activity);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}\n{bot.Output}");
        var reply = await connector.WaitForRequestAsync(r => r.Activity is not null);
        return JsonSerializer.Serialize(reply.Activity!, BotJsonContext.Default.Activity);
    }
}
