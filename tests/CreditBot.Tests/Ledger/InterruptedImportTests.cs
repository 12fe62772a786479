using System.Diagnostics;
using CreditBot.Demo;
using CreditBot.Storage;

namespace CreditBot.Tests.Ledger;

public class InterruptedImportTests
{
    [Fact]
    public async Task A_process_killed_while_writing_leaves_the_previous_snapshot_intact()
    {
        using var host = LedgerHost.Create();
        var database = Path.Combine(host.Folder, "killed.db");
        Assert.Equal(0, await RunToEndAsync($"import fec \"{Fixture.Path("fec-basic.txt")}\" --db \"{database}\""));
        var before = Checksum(database);
        var big = DemoLedgerGenerator.Write(Path.Combine(host.Folder, "big"), new DemoSettings(3000, 1, new DateOnly(2026, 11, 23)));

        using var import = Start($"import fec \"{big.Ledger}\" --db \"{database}\"");
        var killed = await KillWhenWritingAsync(import, Path.Combine(host.Folder, "killed-log.db"));

        Assert.True(killed, "the import ended before the log file grew: nothing was interrupted");
        Assert.Equal(before, Checksum(database));
        using var reopened = new CreditDatabase(database);
        Assert.Equal(1, new ImportRunStore(reopened).Count());
    }

    private static string Checksum(string path)
    {
        using var database = new CreditDatabase(path);
        return new LedgerStore(database).ComputeChecksum();
    }

    private static async Task<bool> KillWhenWritingAsync(Process process, string logFile)
    {
        while (!process.HasExited)
        {
            if (File.Exists(logFile) && new FileInfo(logFile).Length > 64 * 1024)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return true;
            }

            await Task.Delay(1);
        }

        return false;
    }

    private static Process Start(string arguments)
    {
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var info = new ProcessStartInfo(dotnet, $"\"{Path.Combine(AppContext.BaseDirectory, "creditbot.dll")}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> RunToEndAsync(string arguments)
    {
        using var process = Start(arguments);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
