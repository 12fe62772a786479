using System.Net;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Storage;

/// <summary>
/// <c>creditbot backup FILE</c> (a consistent, checked copy, made by the bot while it runs) and <c>creditbot restore
/// FILE</c> (checks, then replaces, keeping the old file aside; refused while the bot runs), through real processes.
/// </summary>
public class BackupRestoreTests(StoreFiles stores) : IClassFixture<StoreFiles>
{
    [Fact]
    public async Task A_backup_taken_while_the_bot_runs_is_made_by_the_bot_and_answers_questions()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        var backup = folder.File("backup.db");
        await using (var bot = await BotProcess.StartAsync(store))
        {
            var run = await CreditBotCli.RunAsync("backup", backup, "--db", store);

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains($"by the running bot (process {bot.ProcessId} ", run.Output, StringComparison.Ordinal);
            Assert.Contains("ACME Industrie SAS", await OneProcessPerStoreTests.AskAsync(bot, "encours acme"), StringComparison.Ordinal);
        }

        var ask = await CreditBotCli.RunAsync("ask", "encours acme", "--as", "claire.moreau@contoso.example", "--db", backup);
        Assert.True(ask.ExitCode == 0, ask.Error);
        Assert.Contains("ACME Industrie SAS", ask.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_backup_endpoint_refuses_a_caller_without_the_holder_token()
    {
        using var folder = new TempFolder();
        await using var bot = await BotProcess.StartAsync(stores.CopyTo(folder));

        using var response = await bot.GetAsync("api/admin/backup");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_restore_is_refused_while_the_bot_runs_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        var backup = stores.CopyTo(folder, "backup.db");
        StoreFiles.Damage(backup, "truncated to half");
        await using var bot = await BotProcess.StartAsync(store);
        var before = await File.ReadAllBytesAsync(store);

        var run = await CreditBotCli.RunAsync("restore", backup, "--db", store);

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith($"The store {store} is in use by process {bot.ProcessId} ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(store));
        Assert.Empty(Directory.GetFiles(folder.Path, "*restor*"));
    }

    [Fact]
    public async Task A_restore_replaces_a_damaged_store_keeps_it_aside_and_the_bot_starts_on_the_backup()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        var backup = folder.File("backup.db");
        Assert.Equal(0, (await CreditBotCli.RunAsync("backup", backup, "--db", store)).ExitCode);
        StoreFiles.Damage(store, "a damaged header page");
        var damaged = await File.ReadAllBytesAsync(store);

        var run = await CreditBotCli.RunAsync("restore", backup, "--db", store);

        Assert.True(run.ExitCode == 0, run.Error);
        var aside = Assert.Single(Directory.GetFiles(folder.Path, "creditbot.before-restore-*.db"));
        Assert.Contains($"the previous store is kept as {aside}", run.Output, StringComparison.Ordinal);
        Assert.Equal(damaged, await File.ReadAllBytesAsync(aside));
        Assert.Equal(await File.ReadAllBytesAsync(backup), await File.ReadAllBytesAsync(store));
        await using var bot = await BotProcess.StartAsync(store);
        using var ready = await bot.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_the_store_is_untouched()
    {
        using var folder = new TempFolder();
        var store = stores.CopyTo(folder);
        var backup = stores.CopyTo(folder, "backup.db");
        StoreFiles.Damage(backup, "16 KB of random bytes at offset 16 384");
        var before = await File.ReadAllBytesAsync(store);

        var run = await CreditBotCli.RunAsync("restore", backup, "--db", store);

        Assert.Equal(5, run.ExitCode);
        Assert.StartsWith($"The backup {backup} is damaged (page 2 at offset 16384", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("nothing was changed: choose another backup.", run.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(store));
        Assert.Empty(Directory.GetFiles(folder.Path, "*restor*"));
    }
}
