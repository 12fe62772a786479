using CreditBot.Delivery;
using CreditBot.Digests;
using CreditBot.Hosting;
using CreditBot.Ledger;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditBot.Tests.Digests;

/// <summary>
/// The real services (store, outbox, composers, runner) over a real LiteDB file, with a fake clock that signals its
/// timers. Disposing releases the file, so another host on the same path is a restart.
/// </summary>
internal sealed class DigestHost : IDisposable
{
    public const string Claire = "0c1a0000-0000-4000-8000-000000000001";
    public const string Hugo = "0c1a0000-0000-4000-8000-000000000002";
    public const string Paul = "0c1a0000-0000-4000-8000-000000000003";
    public const string Ada = "0c1a0000-0000-4000-8000-000000000004";

    private readonly ServiceProvider _services;

    private DigestHost(ServiceProvider services, TimerSignallingClock clock, LogRecorder logs)
    {
        _services = services;
        Clock = clock;
        Logs = logs;
    }

    public TimerSignallingClock Clock { get; }

    public LogRecorder Logs { get; }

    public IServiceProvider Services => _services;

    public DigestRunStore Runs => _services.GetRequiredService<DigestRunStore>();

    public IOutboxStore Outbox => _services.GetRequiredService<IOutboxStore>();

    public LedgerStore Ledger => _services.GetRequiredService<LedgerStore>();

    public DigestRunner Runner => _services.GetRequiredService<DigestRunner>();

    /// <summary>
    /// Two credit managers (Claire, French, unit "Industrie"; Hugo, English, every unit), a CFO (Paul) and an
    /// administrator (Ada), unless <paramref name="people"/> replaces them.
    /// </summary>
    public static DigestHost Start(string databasePath, DateTimeOffset now, Dictionary<string, string?>? settings = null, Dictionary<string, string?>? people = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["Storage:SeedDemoData"] = "false",
        };
        foreach (var (key, value) in people ?? DefaultPeople())
        {
            values[key] = value;
        }

        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var clock = new TimerSignallingClock(now);
        var logs = new LogRecorder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCreditBotCore(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ILoggerProvider>(logs);
        return new DigestHost(services.BuildServiceProvider(), clock, logs);
    }

    public static Dictionary<string, string?> DefaultPeople() => new()
    {
        ["People:Directory:0:ObjectId"] = Claire,
        ["People:Directory:0:Name"] = "Claire Moreau",
        ["People:Directory:0:Roles:0"] = "CreditManager",
        ["People:Directory:0:Language"] = "fr",
        ["People:Directory:0:BusinessUnits:0"] = "Industrie",
        ["People:Directory:1:ObjectId"] = Hugo,
        ["People:Directory:1:Name"] = "Hugo Petit",
        ["People:Directory:1:Roles:0"] = "CreditManager",
        ["People:Directory:1:Language"] = "en",
        ["People:Directory:2:ObjectId"] = Paul,
        ["People:Directory:2:Name"] = "Paul Lefebvre",
        ["People:Directory:2:Roles:0"] = "Cfo",
        ["People:Directory:2:Language"] = "fr",
        ["People:Directory:3:ObjectId"] = Ada,
        ["People:Directory:3:Name"] = "Ada Admin",
        ["People:Directory:3:Roles:0"] = "Administrator",
        ["People:Directory:3:Language"] = "en",
    };

    public DigestScheduler CreateScheduler() => ActivatorUtilities.CreateInstance<DigestScheduler>(_services);

    /// <summary>Every outbox message's key, sorted.</summary>
    public IReadOnlyList<string> OutboxKeys() =>
        [.. Outbox.List(new OutboxQuery(Max: 100_000)).Select(m => m.Key).Order(StringComparer.Ordinal)];

    /// <summary>Writes a ledger snapshot as an import at <paramref name="importedAt"/> would.</summary>
    public void Seed(LedgerSnapshot snapshot, DateTimeOffset importedAt, DateOnly? asOf = null) =>
        Ledger.ReplaceSnapshot(snapshot, new ImportRun
        {
            Source = "test",
            Files = ["test"],
            Counts = ImportCounts.None,
            Currency = "EUR",
            Checksum = Guid.NewGuid().ToString("N"),
            RequestedBy = "test",
            AtUtc = importedAt.UtcDateTime,
            AsOf = asOf,
        });

    public void Dispose()
    {
        _services.Dispose();
        Clock.Dispose();
    }
}
