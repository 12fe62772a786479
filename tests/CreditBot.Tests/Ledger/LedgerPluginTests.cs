using System.Diagnostics;
using System.Runtime.Loader;
using CreditBot.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Ledger;

/// <summary>Builds samples/CreditBot.SamplePlugin once per test run into a temporary plugins folder.</summary>
public sealed class SamplePluginBuild : IAsyncLifetime
{
    public string PluginsFolder { get; } = Path.Combine(Path.GetTempPath(), "creditbot-plugins-" + Guid.NewGuid().ToString("N"));

    public string Output { get; private set; } = "";

    public int ExitCode { get; private set; }

    public async Task InitializeAsync()
    {
        var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Fixture.Path("x"))!, "..", "..", "..", "..", "samples", "CreditBot.SamplePlugin"));
        var copy = Path.Combine(PluginsFolder, "..", Path.GetFileName(PluginsFolder) + "-src");
        System.IO.Directory.CreateDirectory(copy);
        foreach (var file in System.IO.Directory.GetFiles(project).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        // Built from a copy so that neither obj/ nor the repository's build settings leak in.
        var output = Path.Combine(PluginsFolder, "CreditBot.SamplePlugin");
        var info = new ProcessStartInfo("dotnet", ["build", copy, "-c", "Release", "-o", output, $"-p:CreditBotBin={AppContext.BaseDirectory}", "-nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Output = await stdout + await stderr;
        ExitCode = process.ExitCode;
    }

    public Task DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(PluginsFolder, recursive: true);
            System.IO.Directory.Delete(PluginsFolder + "-src", recursive: true);
        }
        catch (IOException)
        {
            // Loaded plugin files may stay locked until the process ends.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }

        return Task.CompletedTask;
    }
}

public class LedgerPluginTests(SamplePluginBuild build) : IClassFixture<SamplePluginBuild>
{
    [Fact]
    public async Task A_plugin_in_the_plugins_folder_is_loaded_in_its_own_context_and_imports_through_the_importer()
    {
        // Two items: F1 120,50 open; F2 200 with 50 still open. Receivables 170,50.
        Assert.True(build.ExitCode == 0, build.Output);
        using var host = LedgerHost.Create(new() { ["Ledger:PluginsFolder"] = build.PluginsFolder });
        var file = Fixture.Write(host.Folder, "items.jsonl",
            """
            {"client":"C1","name":"ACME Industrie SAS","number":"F1","issued":"2026-01-05","due":"2026-02-04","amount":120.50}
            {"client":"C2","number":"F2","issued":"2026-01-06","amount":200,"open":50}
            """);

        var report = await host.ImportAsync("jsonl", file);

        Assert.Equal(ImportStatus.Imported, report.Status);
        Assert.Equal(170.50m, report.OpenReceivables);
        Assert.Equal(1, report.DueDatesFromSource);
        var source = host.Services.GetRequiredKeyedService<ILedgerSource>("jsonl");
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(source.GetType().Assembly));
        Assert.Contains("jsonl", host.Services.GetRequiredService<LedgerSourceCatalog>().Keys);
    }

    [Fact]
    public async Task A_plugin_reports_bad_lines_like_any_source()
    {
        Assert.True(build.ExitCode == 0, build.Output);
        using var host = LedgerHost.Create(new() { ["Ledger:PluginsFolder"] = build.PluginsFolder });
        var file = Fixture.Write(host.Folder, "items.jsonl", "{\"client\":\"C1\",\"number\":\"F1\",\"issued\":\"2026-01-05\",\"amount\":1}\n{\"client\":\"C2\",\"number\":\"F2\",\"issued\":\"5/1/2026\",\"amount\":1}\n");

        var report = await host.ImportAsync("jsonl", file);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("items.jsonl", 2L), (problem.File, problem.Line));
        Assert.True(host.Store.IsEmpty);
    }
}
