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

    [Theory]
    [InlineData("http://erp.example.com/hooks", "a-shared-secret-of-at-least-32-characters", "OrderBlocks:WebhookUrl must be an absolute https URL")]
    [InlineData("https://user:password@erp.example.com/hooks", "a-shared-secret-of-at-least-32-characters", "OrderBlocks:WebhookUrl must not carry credentials")]
    [InlineData("https://erp.example.com/hooks", "too-short", "OrderBlocks:WebhookSecret must be set, at least 32 characters")]
    [InlineData("https://erp.example.com/hooks", null, "OrderBlocks:WebhookSecret must be set, at least 32 characters")]
    public async Task A_webhook_without_https_or_a_long_enough_secret_stops_the_start_naming_the_key(string url, string? secret, string message)
    {
        var error = await StartFailingAsync(settings =>
        {
            settings["OrderBlocks:WebhookUrl"] = url;
            if (secret is not null)
            {
                settings["OrderBlocks:WebhookSecret"] = secret;
            }
        });

        Assert.Equal(typeof(CreditBot.OrderBlocks.OrderBlockOptions), error.OptionsType);
        Assert.StartsWith(message, Assert.Single(error.Failures), StringComparison.Ordinal);
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
