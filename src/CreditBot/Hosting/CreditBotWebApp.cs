using CreditBot.Storage;
using Microsoft.Extensions.Options;

namespace CreditBot.Hosting;

/// <summary>Builds the web application that serves the bot.</summary>
public static class CreditBotWebApp
{
    public static WebApplication Build(string[] args, string? databasePath = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(CreditBotCommandLine.Overrides(databasePath));
        builder.Services.AddCreditBot(builder.Configuration, builder.Environment);

        var app = builder.Build();
        OpenStore(app.Services);
        app.MapCreditBot();
        return app;
    }

    /// <summary>
    /// Opens the store before the host starts: the lock is taken and a damaged file is said in one line (the
    /// caller prints it) rather than as a failed hosted service with a stack trace. A bad Storage setting is left
    /// to the options validation at start, which names every bad key at once.
    /// </summary>
    private static void OpenStore(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<CreditDatabase>();
        }
        catch (OptionsValidationException)
        {
        }
    }

    /// <summary>A host without a web server, for the command-line verbs.</summary>
    /// <summary>
    /// A job host for a verb that only reads: on the store itself, or, while the running bot holds it, on a checked
    /// copy the bot serves (said on stderr, with its time). Dispose the result to delete the copy.
    /// </summary>
    public static async Task<ReadJobHost> BuildReadJobHostAsync(string? databasePath, CancellationToken cancellationToken)
    {
        var host = BuildJobHost(databasePath);
        var path = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Storage.StorageOptions>>().Value.DatabasePath;
        Storage.StoreSnapshot? snapshot;
        try
        {
            snapshot = await Storage.StoreSnapshot.TakeIfHeldAsync(path, host.Services.GetRequiredService<TimeProvider>(), cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        if (snapshot is null)
        {
            return new ReadJobHost(host, null);
        }

        host.Dispose();
        await Console.Error.WriteLineAsync(snapshot.Describe());
        return new ReadJobHost(BuildJobHost(snapshot.Path), snapshot);
    }

    public static IHost BuildJobHost(string? databasePath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        builder.Configuration.AddInMemoryCollection(CreditBotCommandLine.Overrides(databasePath));
        builder.Configuration.AddInMemoryCollection([new("Storage:Holder", "a creditbot command")]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // A verb's output owns stdout (its --json must parse); every log line goes to stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddCreditBotCore(builder.Configuration);
        return builder.Build();
    }
}

/// <summary>A verb's host and, when the bot held the store, the copy it reads (deleted with the host).</summary>
public sealed class ReadJobHost(IHost host, Storage.StoreSnapshot? snapshot) : IDisposable
{
    public IHost Host { get; } = host;

    public IServiceProvider Services => Host.Services;

    public Storage.StoreSnapshot? Snapshot { get; } = snapshot;

    public void Dispose()
    {
        Host.Dispose();
        Snapshot?.Dispose();
    }
}
