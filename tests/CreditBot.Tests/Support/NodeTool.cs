using System.Diagnostics;

namespace CreditBot.Tests.Support;

/// <summary>Runs one of the shared Node tools (official Adaptive Cards renderer and templating).</summary>
public static class NodeTool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(workingDirectory, "node_modules")))
        {
            throw new InvalidOperationException(
                $"{workingDirectory}/node_modules is missing: run tests/run.sh (it runs npm ci there) before dotnet test.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
