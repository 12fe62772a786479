using System.Net.Http.Headers;
using CreditBot.BotFramework;
using CreditBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CreditBot.Tests.Support;

/// <summary>
/// The real app on a loopback Kestrel port, with a temp LiteDB file, a <see cref="FakeTimeProvider"/>,
/// and the Bot Framework pointed at a <see cref="FakeBotService"/> (real JWTs, real Connector calls).
/// A fresh one per test keeps tests independent.
/// </summary>
public sealed class CreditBotApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    private readonly Action<IServiceCollection>? _configureServices;

    private CreditBotApp(FakeBotService? fake, Dictionary<string, string?> settings, string environment, Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        Fake = fake;
        _settings = settings;
        _environment = environment;
        Time = new FakeTimeProvider(DefaultNow);
        DatabasePath = _folder.File("creditbot.db");
        _settings.TryAdd("Storage:DatabasePath", DatabasePath);
        _settings.TryAdd("Storage:SeedDemoData", "false");

        // The 08:00 digests would otherwise go out whenever the fake clock says so; digest tests turn them on.
        _settings.TryAdd("Digests:Enabled", "false");
    }

    public FakeBotService? Fake { get; }

    public FakeTimeProvider Time { get; }

    public string DatabasePath { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>A conversation helper so tests read like a chat.</summary>
    public TeamsConversation Teams => new(this);

    /// <summary>Starts the app authenticated against a fresh <see cref="FakeBotService"/>.</summary>
    public static async Task<CreditBotApp> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var fake = await FakeBotService.StartAsync();
        var settings = fake.BotConfiguration();
        configure?.Invoke(settings);
        var app = new CreditBotApp(fake, settings, "Production", configureServices);
        try
        {
            app.Start();
        }
        catch
        {
            // A failed start must not leave the fake's server running nor the temp folder behind.
            await fake.DisposeAsync();
            app._folder.Dispose();
            throw;
        }

        return app;
    }

    /// <summary>Starts the app in its local no-auth mode (Development, loopback), as the README's run command does.</summary>
    public static CreditBotApp StartLocal(Action<Dictionary<string, string?>>? configure = null, DateTimeOffset? now = null)
    {
        var settings = new Dictionary<string, string?> { ["BotFramework:DisableAuthentication"] = "true" };
        configure?.Invoke(settings);
        var app = new CreditBotApp(null, settings, "Development");
        if (now is { } at)
        {
            // Before the start: the demo seeded at start is the one of that day.
            app.Time.SetUtcNow(at);
        }

        app.Start();
        return app;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public CreditDatabase Database => Get<CreditDatabase>();

    /// <summary>Posts an activity as the Bot Connector would, with a valid channel token.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ServiceUrl = Fake?.ServiceUrl ?? activity.ServiceUrl;
        AuthenticationHeaderValue? authorization = null;
        if (Fake is not null)
        {
            authorization = new AuthenticationHeaderValue("Bearer", token ?? Fake.IssueChannelToken(activity.ServiceUrl!));
        }

        using var client = new HttpClient();
        return await (Fake?.PostActivityAsync(MessagesEndpoint, activity, authorization)
            ?? client.PostAsync(MessagesEndpoint, JsonContent(activity)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_environment);

        // Added last, so these settings win over appsettings.json and the environment.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));

        // Telemetry is decided while services are registered, before these in-memory settings apply: host settings
        // reach the app's builder at once.
        // So is whether the outbox dispatcher runs (Delivery:Enabled).
        foreach (var (key, value) in _settings.Where(s => s.Key.StartsWith("Telemetry:", StringComparison.Ordinal) || s.Key == "Delivery:Enabled"))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            Fake?.ConfigureBotServices(services);
            _configureServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Fake is not null)
        {
            await Fake.DisposeAsync();
        }

        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    private static StringContent JsonContent(Activity activity) =>
        new(System.Text.Json.JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), System.Text.Encoding.UTF8, "application/json");
}
