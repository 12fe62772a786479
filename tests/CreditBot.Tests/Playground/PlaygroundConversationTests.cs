using CreditBot.Tests.Support;

namespace CreditBot.Tests.Playground;

/// <summary>
/// Drives the real app through Microsoft's Agents Playground (Teams emulator) in api mode with the
/// committed steps files in playground/. The app runs in its local no-auth mode, as the README's
/// run command starts it.
/// </summary>
[Collection(PlaygroundRuns.Name)]
public class PlaygroundConversationTests
{
    public static TheoryData<string, string> StepsFiles()
    {
        // The demo is generated as of the day the bot starts: the steps must pass on any day, so on two far apart.
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "playground"), "*.steps.json").Order(StringComparer.Ordinal))
        {
            foreach (var day in new[] { "2026-11-23", "2027-06-30" })
            {
                data.Add(Path.GetFileName(file), day);
            }
        }

        return data;
    }

    [Fact]
    public async Task The_exposure_card_in_the_playground_shows_the_figures_creditbot_ask_prints()
    {
        using var folder = new TempFolder();
        var store = folder.File("cli.db");
        var asOf = CreditBotApp.DefaultNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var seeded = await CreditBotCli.RunAsync("demo", "--as-of", asOf, "--out", folder.File("demo"), "--import", "--db", store);
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        var asked = await CreditBotCli.RunAsync("ask", "exposure acme", "--as", PlaygroundUser, "--lang", "en", "--db", store);
        Assert.True(asked.ExitCode == 0, asked.Error);
        var lines = asked.Output.Split('\n', StringSplitOptions.TrimEntries);
        var exposure = lines[Array.IndexOf(lines, "Exposure") + 1];
        var limit = lines[Array.IndexOf(lines, "Credit limit") + 2];
        Assert.StartsWith("€", exposure, StringComparison.Ordinal);
        await using var app = CreditBotApp.StartLocal(settings => settings["Storage:SeedDemoData"] = "true");
        var steps = $$"""
            [{"send": "exposure acme"}, {"expect": "ACME Industrie SAS"}, {"expect": "{{exposure}}"}, {"expect": "{{limit}}"}]
            """;

        var run = await NodeTool.RunAsync(
            Path.Combine(RepositoryPaths.Shared, "tools", "playground"),
            "drive.mjs", "--mode", "api", "--quiet", "--timeout", "30000",
            "--endpoint", new Uri(app.BaseAddress, "api/messages").ToString(),
            "--steps-json", steps,
            "--out", Path.Combine(RepositoryPaths.Root, "artifacts", "playground", "exposure-vs-ask"));

        Assert.True(run.ExitCode == 0, $"{run.Output}\n{run.Error}");
        Assert.Matches(@"(?m)^3 passed, 0 failed", run.Output);
    }

    /// <summary>The Agents Playground's user (from.aadObjectId), a credit manager in appsettings.json.</summary>
    private const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";

    [Theory]
    [MemberData(nameof(StepsFiles))]
    public async Task The_scripted_conversation_passes_in_the_playground(string stepsFile, string day)
    {
        // The playground's mock Connector knows its own user only: proactive messages to anyone else (the demo
        // approvers' cards, a decision told to the salesperson) would be answered 500 UserNotFound, so none is sent.
        var now = new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        await using var app = CreditBotApp.StartLocal(
            settings =>
            {
                settings["Storage:SeedDemoData"] = "true";
                settings["Delivery:Enabled"] = "false";
            },
            now);
        var output = Path.Combine(RepositoryPaths.Root, "artifacts", "playground", $"{Path.GetFileNameWithoutExtension(stepsFile)}-{day}");

        var run = await NodeTool.RunAsync(
            Path.Combine(RepositoryPaths.Shared, "tools", "playground"),
            "drive.mjs", "--mode", "api", "--quiet", "--timeout", "30000",
            "--endpoint", new Uri(app.BaseAddress, "api/messages").ToString(),
            "--steps", Path.Combine(RepositoryPaths.Root, "playground", stepsFile),
            "--out", output);

        Assert.True(run.ExitCode == 0, $"{run.Output}\n{run.Error}");
        Assert.Matches(@"(?m)^\d+ passed, 0 failed", run.Output);
    }
}

/// <summary>
/// A folder of playground/ is a scenario several people play against one bot with proactive delivery on: its steps
/// files run in name order, each as the user of the playground configuration (NAME.yml) beside it.
/// </summary>
[Collection(PlaygroundRuns.Name)]
public class PlaygroundScenarioTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "playground")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Each_person_of_the_scenario_plays_their_part_in_the_playground(string scenario)
    {
        // The real executable on the real clock and today's demo data, as playground/run.sh runs it. Local mode reaches a
        // person once they write (the playground knows its own user only): messages waiting for one are looked at every second.
        using var store = new TempFolder();
        await using var bot = await BotProcess.StartAsync(store.File("creditbot.db"), ["--Delivery:WaitingRecheck=00:00:01"], seedDemoData: true);
        var folder = Path.Combine(RepositoryPaths.Root, "playground", scenario);
        var files = Directory.GetFiles(folder, "*.steps.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 2, $"{scenario}: a scenario has one steps file per part");

        foreach (var steps in files)
        {
            var name = Path.GetFileName(steps)[..^".steps.json".Length];
            var output = Path.Combine(RepositoryPaths.Root, "artifacts", "playground", scenario, name);
            Directory.CreateDirectory(output);
            var config = Path.Combine(output, ".m365agentsplayground.yml");
            File.Delete(config);
            if (File.Exists(Path.Combine(folder, name + ".yml")))
            {
                File.Copy(Path.Combine(folder, name + ".yml"), config);
            }

            var run = await NodeTool.RunAsync(
                Path.Combine(RepositoryPaths.Shared, "tools", "playground"),
                "drive.mjs", "--mode", "api", "--quiet", "--timeout", "30000",
                "--endpoint", new Uri(bot.BaseAddress, "api/messages").ToString(),
                "--steps", steps,
                "--out", output);

            Assert.True(run.ExitCode == 0, $"{scenario}/{name}:\n{run.Output}\n{run.Error}\n{bot.Output}");
            Assert.Matches(@"(?m)^\d+ passed, 0 failed", run.Output);
        }
    }
}

/// <summary>Playground runs start a Node server and Chromium-free driver: run them alone, not beside 500 other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PlaygroundRuns
{
    public const string Name = "Playground";
}
