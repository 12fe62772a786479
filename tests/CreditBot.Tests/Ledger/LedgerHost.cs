using System.Runtime.CompilerServices;
using CreditBot.Hosting;
using CreditBot.Ledger;
using CreditBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace CreditBot.Tests.Ledger;

/// <summary>The real services over a real LiteDB file in a temporary folder (deleted on dispose), with a fake clock.</summary>
internal sealed class LedgerHost : IDisposable
{
    private readonly ServiceProvider _services;

    private LedgerHost(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "creditbot.db");

    public FakeTimeProvider Time => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();

    public LedgerImporter Importer => _services.GetRequiredService<LedgerImporter>();

    public LedgerStore Store => _services.GetRequiredService<LedgerStore>();

    public ImportRunStore Runs => _services.GetRequiredService<ImportRunStore>();

    public IServiceProvider Services => _services;

    public static LedgerHost Create(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "creditbot-ledger-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        var values = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(folder, "creditbot.db"),
            ["Storage:SeedDemoData"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCreditBotCore(configuration);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2024, 6, 1, 6, 0, 0, TimeSpan.Zero)));

        // A host without an environment is a production one (as `dotnet run` without a launch profile); tests may replace it.
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        configure?.Invoke(services);
        return new LedgerHost(folder, services.BuildServiceProvider());
    }

    public Task<ImportReport> ImportAsync(string source, params string[] files) =>
        Importer.ImportAsync(new ImportRequest(source, [.. files.Select(LedgerInput.FromFile)]), CancellationToken.None);

    public Task<ImportReport> ImportAsync(ImportRequest request) => Importer.ImportAsync(request, CancellationToken.None);

    public void Dispose()
    {
        _services.Dispose();
        try
        {
            System.IO.Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner.
        }
    }
}

internal static class Fixture
{
    /// <summary>A fixture file next to the tests (found from this source file, so no copy to the output is needed).</summary>
    public static string Path(string name) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ThisFile())!, "Fixtures", name);

    private static string ThisFile([CallerFilePath] string path = "") => path;

    public static string Text(string name) => File.ReadAllText(Path(name));

    /// <summary>Writes <paramref name="content"/> into <paramref name="folder"/> and returns the path.</summary>
    public static string Write(string folder, string name, string content)
    {
        var path = System.IO.Path.Combine(folder, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    public static string WriteBytes(string folder, string name, byte[] content)
    {
        var path = System.IO.Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static string RealFec =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path("x"))!, "..", "..", "..", "..", "..", "shared", "data", "fec", "111111111FEC20221231.TXT"));
}
