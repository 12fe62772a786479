using System.Diagnostics;
using System.Globalization;
using CreditBot.BotFramework;

namespace CreditBot.Tests.Support;

/// <summary>The real creditbot executable as a child process in local mode, for kill, restart and shutdown tests.</summary>
public static class CreditBotChild
{
    /// <summary>
    /// Starts the bot on <paramref name="databasePath"/> in local mode (the Connector stand-in is on loopback and needs no
    /// token), without demo data, folder watch or digest schedule, so that only what the test seeded works.
    /// </summary>
    public static Process Start(string databasePath, string urls = "http://127.0.0.1:0", IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "creditbot.dll"), "--urls", urls, "--db", databasePath })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["BotFramework__DisableAuthentication"] = "true";
        start.Environment["Storage__SeedDemoData"] = "false";
        start.Environment["Ledger__WatchFolder"] = string.Empty;
        start.Environment["Digests__Enabled"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("creditbot did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The environment of the README's run command in local mode, on <paramref name="databasePath"/>, without demo data.</summary>
    public static Dictionary<string, string> LocalModeEnvironment(string databasePath) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["BotFramework__DisableAuthentication"] = "true",
        ["Storage__DatabasePath"] = databasePath,
        ["Storage__SeedDemoData"] = "false",
    };

    /// <summary>A person's 1:1 chat as the bot stores it after their first message, at a vouched loopback Connector.</summary>
    public static ConversationReference PersonalChat(string conversationId, string userObjectId, string serviceUrl) => new()
    {
        ConversationId = conversationId,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        ConversationType = "personal",
        UserAadObjectId = userObjectId,
        BotId = "28:" + FakeBotService.DefaultAppId,
        ServiceUrlVouched = true,
    };

    /// <summary>SIGTERM, as a service manager stops it; waits for the exit.</summary>
    public static async Task StopGracefullyAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        Terminate(process);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>Sends SIGTERM without waiting.</summary>
    public static void Terminate(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
