using CreditBot.Tests.Support;

namespace CreditBot.Tests.Hosting;

public class StartupConfigurationTests
{
    [Fact]
    public async Task Outside_Development_a_missing_app_id_stops_the_start_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await CreditBotApp.StartAsync(settings => settings["BotFramework:AppId"] = "");
        });

        Assert.Contains("BotFramework:AppId", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_no_auth_mode_outside_Development_stops_the_start_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await CreditBotApp.StartAsync(settings => settings["BotFramework:DisableAuthentication"] = "true");
        });

        Assert.Contains("BotFramework:DisableAuthentication", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_store_path_stops_the_start_naming_the_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await CreditBotApp.StartAsync(settings => settings["Storage:DatabasePath"] = "");
        });

        Assert.Contains("DatabasePath", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_in_Development_on_loopback_serves_health()
    {
        await using var app = CreditBotApp.StartLocal();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        var health = await client.GetStringAsync(new Uri("health", UriKind.Relative));

        Assert.Contains("\"status\":\"ok\"", health, StringComparison.Ordinal);
    }

    private static string Describe(Exception error) =>
        error is AggregateException aggregate ? string.Join("\n", aggregate.Flatten().InnerExceptions.Select(e => e.ToString())) : error.ToString();
}
