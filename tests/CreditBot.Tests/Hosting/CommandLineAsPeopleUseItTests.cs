using System.Text.Json;
using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Hosting;

/// <summary>The executable as people type it: in their own folder, with typos in paths, piping --json.</summary>
public class CommandLineAsPeopleUseItTests
{
    [Fact]
    public async Task Ask_on_a_store_that_does_not_exist_says_so_exits_non_zero_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var missing = folder.File("no-such-store.db");

        var asked = await CreditBotCli.RunAsync("ask", "encours acme", "--as", "claire.moreau@contoso.example", "--db", missing);

        Assert.NotEqual(0, asked.ExitCode);
        Assert.Contains("No store at", asked.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task An_import_dry_run_creates_no_store_file()
    {
        using var folder = new TempFolder();
        var store = folder.File("dry.db");

        var checkedRun = await CreditBotCli.RunAsync("import", "fec", Fixture.Path("fec-basic.txt"), "--dry-run", "--db", store);

        Assert.Equal(0, checkedRun.ExitCode);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Relative_paths_are_the_folder_the_command_is_typed_in()
    {
        using var folder = new TempFolder();

        var demo = await CreditBotCli.RunInAsync(folder.Path, "demo", "--clients", "5", "--as-of", "2026-11-23", "--out", "demo-ledger", "--import", "--db", "store.db");
        var imported = await CreditBotCli.RunInAsync(folder.Path, "import", "fec", "demo-ledger/DEMOFEC.txt", "--dry-run", "--db", "store.db");

        Assert.Equal(0, demo.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "demo-ledger", "DEMOFEC.txt")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "store.db")));
        Assert.Equal(0, imported.ExitCode);
    }

    [Fact]
    public async Task A_refusal_logs_to_stderr_so_that_the_json_on_stdout_parses()
    {
        using var folder = new TempFolder();
        var store = folder.File("store.db");
        await CreditBotCli.RunAsync("import", "fec", Fixture.Path("count-back-unlettered.txt"), "--db", store);

        var refused = await CreditBotCli.RunAsync("ask", "encours durand", "--as", "camille.martin@contoso.example", "--json", "--db", store);

        Assert.Equal(3, refused.ExitCode);
        using var answer = JsonDocument.Parse(refused.Output);
        Assert.Equal("refused", answer.RootElement.GetProperty("kind").GetString());
        Assert.Contains("Refused a question", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_without_the_required_settings_names_the_keys_without_a_stack_trace()
    {
        var started = await CreditBotCli.RunAsync("--environment", "Production", "--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, started.ExitCode);
        Assert.Contains("BotFramework:AppId", started.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", started.Error + started.Output, StringComparison.Ordinal);
    }
}
