using System.Diagnostics;

namespace CreditBot.Tests.Support;

/// <summary>Runs the real creditbot executable (the app's build output beside the tests) as a child process.</summary>
public static class CreditBotCli
{
    public static Task<NodeTool.Result> RunAsync(params string[] arguments) =>
        RunInAsync(AppContext.BaseDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs with extra environment variables (settings such as <c>TeamsApp__Id</c>).</summary>
    public static Task<NodeTool.Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunInAsync(AppContext.BaseDirectory, environment, arguments);

    /// <summary>Runs it in <paramref name="workingDirectory"/>, as someone typing the command in that folder.</summary>
    public static Task<NodeTool.Result> RunInAsync(string workingDirectory, params string[] arguments) =>
        RunInAsync(workingDirectory, new Dictionary<string, string>(), arguments);

    private static async Task<NodeTool.Result> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "creditbot.dll"));
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("creditbot did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A command that should have ended (a server that should not have started) is not left running.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"creditbot {string.Join(' ', arguments)} did not end within 2 minutes.");
        }
        return new NodeTool.Result(process.ExitCode, await output, await error);
    }
}
