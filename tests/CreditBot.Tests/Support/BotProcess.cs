using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CreditBot.Tests.Support;

/// <summary>
/// The built creditbot executable serving the bot as a child process on a loopback port it picks itself, in local
/// mode (Development, no authentication, no demo data unless asked). Started when it logs the address it listens
/// on; killed on dispose.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static Task<BotProcess> StartAsync(string databasePath) => StartAsync(databasePath, [], seedDemoData: false);

    /// <summary>Starts with more settings (<c>--Key=Value</c>, later ones win); <paramref name="seedDemoData"/> null leaves it unset.</summary>
    public static async Task<BotProcess> StartAsync(string databasePath, string[] settings, bool? seedDemoData = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "creditbot.dll"), "--urls", "http://127.0.0.1:0", "--db", databasePath,
            "--environment", "Development", "--BotFramework:DisableAuthentication=true", "--Digests:Enabled=false",
            .. seedDemoData is { } seed ? [$"--Storage:SeedDemoData={seed}"] : Array.Empty<string>(), .. settings])
        {
            start.ArgumentList.Add(argument);
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("creditbot did not start."));
        bot._process.OutputDataReceived += (_, e) => bot.Received(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Received(e.Data);
        bot._process.EnableRaisingEvents = true;
        bot._process.Exited += (_, _) => bot._listening.TrySetException(new InvalidOperationException($"creditbot exited with {bot._process.ExitCode}:\n{bot.Output}"));
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        bot.BaseAddress = await bot._listening.Task.WaitAsync(timeout.Token);
        return bot;
    }

    /// <summary>SIGTERM, as a service manager stops it (returns at once).</summary>
    public void Terminate() => CreditBotChild.Terminate(_process);

    /// <summary>Waits for the process to end; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        await _process.WaitForExitAsync().WaitAsync(within);
        return _process.ExitCode;
    }

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = new HttpClient();
        return await client.GetAsync(new Uri(BaseAddress, path));
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
