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
    public static TheoryData<string> StepsFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "playground"), "*.steps.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StepsFiles))]
    public async Task The_scripted_conversation_passes_in_the_playground(string stepsFile)
    {
        await using var app = CreditBotApp.StartLocal(settings => settings["Storage:SeedDemoData"] = "true");
        var output = Path.Combine(RepositoryPaths.Root, "artifacts", "playground", Path.GetFileNameWithoutExtension(stepsFile));

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

/// <summary>Playground runs start a Node server and Chromium-free driver: run them alone, not beside 500 other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PlaygroundRuns
{
    public const string Name = "Playground";
}
