using System.Diagnostics;
using System.Text.Json;

namespace CreditBot.Tests.Ledger;

/// <summary>The <c>import</c> verb of the real executable, as a child process.</summary>
public class ImportCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "creditbot.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await errors;
        return (process.ExitCode, await output);
    }

    [Fact]
    public async Task A_valid_import_prints_the_report_as_JSON_and_exits_with_zero()
    {
        using var host = LedgerHost.Create();

        var (exitCode, output) = await RunAsync("import", "fec", Fixture.Path("fec-basic.txt"), "--json", "--db", host.DatabasePath);

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("Imported", report.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_bad_file_prints_file_line_and_field_and_exits_with_one()
    {
        using var host = LedgerHost.Create();
        var bad = Fixture.Write(host.Folder, "bad.txt", File.ReadAllText(Fixture.Path("fec-basic.txt")).Replace("20240110", "2024011", StringComparison.Ordinal));

        var (exitCode, output) = await RunAsync("import", "fec", bad, "--dry-run", "--db", host.DatabasePath);

        Assert.Equal(1, exitCode);
        Assert.Contains("bad.txt:5 [EcritureDate]", output, StringComparison.Ordinal);
    }
}
