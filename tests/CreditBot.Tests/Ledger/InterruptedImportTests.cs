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
        var big = DemoLedgerGenerator.Write(Path.Combine(host.Folder, "big"), new DemoSettings(1500, 1, new DateOnly(2026, 11, 23)));

        using var import = Start($"import fec \"{big.Ledger}\" --db \"{database}\"");
        var killed = await KillWhenWritingAsync(import, Path.Combine(host.Folder, "killed-log.db"));

        Assert.True(killed, "the import ended before the log file grew: nothing was interrupted");
        Assert.Equal(1, Runs(database));
        Assert.Equal(before, Checksum(database));
    }

    private static int Runs(string path)
    {
        using var database = new CreditDatabase(path);
        return new ImportRunStore(database).Count();
    }

    private static string Checksum(string path)
    {
        using var database = new CreditDatabase(path);
        return new LedgerStore(database).ComputeChecksum();
    }

    /// <summary>
    /// Kills the import as soon as LiteDB starts writing its log (the transaction's pages, before the commit
    /// marker). A tight poll: the write of the whole transaction takes only tens of milliseconds.
    /// </summary>
    private static async Task<bool> KillWhenWritingAsync(Process process, string logFile)
    {
        var log = new FileInfo(logFile);
        while (!process.HasExited)
        {
            log.Refresh();
            if (log.Exists && log.Length > 0)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return true;
            }

            Thread.SpinWait(1000);
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
