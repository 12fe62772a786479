using CreditBot.BotFramework;
using CreditBot.Hosting;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace CreditBot.Tests.Hosting;

/// <summary>
/// A bad setting stops the start with the key's name. The host is built by the entry point's own composition
/// (<see cref="CreditBotWebApp.Build"/>, settings as command-line arguments) and started directly, so the failed
/// start is observed as it happens, not through a test server reading a provider being disposed.
/// </summary>
public sealed class StartupConfigurationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Outside_Development_a_missing_app_id_stops_the_start_naming_the_key()
    {
        var error = await StartFailingAsync(settings => settings["BotFramework:AppId"] = "");

        Assert.Equal(typeof(BotFrameworkOptions), error.OptionsType);
        Assert.Contains(error.Failures, failure => failure.StartsWith("BotFramework:AppId is required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Local_no_auth_mode_outside_Development_stops_the_start_naming_the_key()
    {
        var error = await StartFailingAsync(settings => settings["BotFramework:DisableAuthentication"] = "true");

        Assert.Equal(typeof(BotFrameworkOptions), error.OptionsType);
        Assert.Contains(error.Failures, failure => failure.StartsWith("BotFramework:DisableAuthentication is true outside the Development environment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_store_path_stops_the_start_naming_the_key()
    {
        var error = await StartFailingAsync(settings => settings["Storage:DatabasePath"] = "");

        Assert.Equal(typeof(StorageOptions), error.OptionsType);
        Assert.Contains("DatabasePath", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_in_Development_on_loopback_serves_health()
    {
        await using var app = CreditBotApp.StartLocal();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        var health = await client.GetStringAsync(new Uri("health", UriKind.Relative));

        Assert.Contains("\"status\":\"ok\"", health, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Starts the app in Production on a loopback port with valid settings changed by <paramref name="change"/>, expecting the start to fail.</summary>
    private async Task<OptionsValidationException> StartFailingAsync(Action<Dictionary<string, string?>> change)
    {
        var settings = new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["urls"] = "http://127.0.0.1:0",
            ["BotFramework:AppId"] = FakeBotService.DefaultAppId,
            ["BotFramework:ClientSecret"] = FakeBotService.ClientSecret,
            ["BotFramework:TenantId"] = FakeBotService.BotTenantId,
            ["Storage:DatabasePath"] = _folder.File("creditbot.db"),
            ["Storage:SeedDemoData"] = "false",
        };
        change(settings);
        await using var app = CreditBotWebApp.Build([.. settings.Select(setting => $"--{setting.Key}={setting.Value}")]);

        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
