using System.Collections.Concurrent;
using System.Net;
using CreditBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditBot.BotFramework.Tests;

/// <summary>A minimal bot app on loopback: AddBotFramework + MapBotEndpoint + a recording handler.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BotHost(WebApplication app, RecordingHandler handler, Uri endpoint, ListLoggerProvider logs)
    {
        this.app = app;
        Handler = handler;
        Endpoint = endpoint;
        Logs = logs;
    }

    public RecordingHandler Handler { get; }

    public Uri Endpoint { get; }

    public IServiceProvider Services => app.Services;

    public ConnectorClient Connector => app.Services.GetRequiredService<ConnectorClient>();

    public TrustedServiceUrls Trusted => app.Services.GetRequiredService<TrustedServiceUrls>();

    public ListLoggerProvider Logs { get; }

    public static async Task<BotHost> StartAsync(
        FakeBotService? fake,
        Action<Dictionary<string, string?>>? configure = null,
        string environment = "Production",
        Action<WebApplicationBuilder>? builderHook = null)
    {
        var settings = fake?.BotConfiguration() ?? [];
        configure?.Invoke(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseKestrel();
        if (!settings.ContainsKey("urls"))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }

        builder.Logging.ClearProviders();
        var logs = new ListLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddBotFramework(builder.Configuration);
        var handler = new RecordingHandler();
        builder.Services.AddSingleton<IActivityHandler>(handler);
        if (fake is not null)
        {
            fake.ConfigureBotServices(builder.Services);
        }

        builderHook?.Invoke(builder);
        var app = builder.Build();
        app.MapBotEndpoint();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotHost(app, handler, new Uri(address.TrimEnd('/') + "/api/messages"), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>The activity handler of the tests: records activities and answers as told.</summary>
internal sealed class RecordingHandler : IActivityHandler
{
    private readonly ConcurrentQueue<Activity> activities = new();

    public IReadOnlyList<Activity> Activities => [.. activities];

    public Func<Activity, CancellationToken, Task<InvokeResponse?>> Behaviour { get; set; } =
        (_, _) => Task.FromResult<InvokeResponse?>(null);

    public Task<InvokeResponse?> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        activities.Enqueue(activity);
        return Behaviour(activity, cancellationToken);
    }
}

/// <summary>Keeps log lines, with their scopes, in memory so tests can read them.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> lines = new();
    private readonly AsyncLocal<Scope?> current = new();

    public IReadOnlyList<LogLine> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Scope(ListLoggerProvider provider, object state, Scope? parent) : IDisposable
    {
        public object State { get; } = state;

        public Scope? Parent { get; } = parent;

        public void Dispose() => provider.current.Value = Parent;
    }

    private sealed class ListLogger(ListLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var scope = new Scope(provider, state, provider.current.Value);
            provider.current.Value = scope;
            return scope;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            for (var scope = provider.current.Value; scope is not null; scope = scope.Parent)
            {
                scopes.Add(scope.State.ToString() ?? string.Empty);
            }

            provider.lines.Enqueue(new LogLine(category, logLevel, eventId.Id, formatter(state, exception), exception, scopes));
        }
    }
}

internal sealed record LogLine(string Category, LogLevel Level, int EventId, string Message, Exception? Exception, IReadOnlyList<string> Scopes);

internal static class HttpStatus
{
    public static int Of(HttpResponseMessage response) => (int)response.StatusCode;

    public static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
