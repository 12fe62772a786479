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

        var paused = new TaskCompletionSource();
        using var import = Start($"import fec \"{big.Ledger}\" --db \"{database}\"", paused);
        var logWritten = await KillBeforeCommitAsync(import, paused, Path.Combine(host.Folder, "killed-log.db"));

        Assert.True(logWritten >= 0, "the import ended before it paused: nothing was interrupted");
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
    /// Waits until the import, started with CREDITBOT_FAULT_PAUSE_BEFORE_COMMIT_MS, says it has deleted the old
    /// snapshot and inserted every new document inside its transaction, then kills it. Returns the size of
    /// LiteDB's log file at that moment (0 when LiteDB still held the transaction's pages in memory), -1 when the
    /// import never paused.
    /// </summary>
    private static async Task<long> KillBeforeCommitAsync(Process process, TaskCompletionSource paused, string logFile)
    {
        var first = await Task.WhenAny(paused.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3)));
        if (first != paused.Task)
        {
            return -1;
        }

        var log = new FileInfo(logFile);
        var written = log.Exists ? log.Length : 0;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return written;
    }

    private static Process Start(string arguments, TaskCompletionSource? paused = null)
    {
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var info = new ProcessStartInfo(dotnet, $"\"{Path.Combine(AppContext.BaseDirectory, "creditbot.dll")}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (paused is not null)
        {
            info.Environment["CREDITBOT_FAULT_PAUSE_BEFORE_COMMIT_MS"] = "120000";
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == LedgerStore.PauseMarker)
            {
                paused?.TrySetResult();
            }
        };
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
