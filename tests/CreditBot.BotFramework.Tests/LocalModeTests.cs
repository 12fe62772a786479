using System.Net;
using CreditBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace CreditBot.BotFramework.Tests;

public sealed class LocalModeTests
{
    private const string Key = "BotFramework:DisableAuthentication";

    [Fact]
    public async Task Local_mode_is_refused_outside_development()
    {
        var start = () => BotHost.StartAsync(null, LocalMode, environment: "Production");

        var exception = await Assert.ThrowsAnyAsync<Exception>(start);

        Assert.Contains(Key, Messages(exception), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://+:0")]
    [InlineData("http://127.0.0.1:0;http://[::]:0")]
    public async Task Local_mode_is_refused_when_configured_to_listen_beyond_loopback(string urls)
    {
        var start = () => BotHost.StartAsync(null, settings =>
        {
            LocalMode(settings);
            settings["urls"] = urls;
        }, environment: "Development");

        var exception = await Assert.ThrowsAnyAsync<Exception>(start);

        Assert.Contains(Key, Messages(exception), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_is_refused_when_the_server_is_bound_beyond_loopback()
    {
        var start = () => BotHost.StartAsync(
            null,
            LocalMode,
            environment: "Development",
            builderHook: builder => builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Any, 0)));

        var exception = await Assert.ThrowsAnyAsync<Exception>(start);

        Assert.Contains(Key, Messages(exception), StringComparison.Ordinal);
        Assert.Contains("0.0.0.0", Messages(exception), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_on_loopback_in_development_accepts_unauthenticated_activities_and_sends_no_token()
    {
        await using var fake = await FakeBotService.StartAsync();
        await using var bot = await BotHost.StartAsync(null, LocalMode, environment: "Development");
        var playgroundServiceUrl = fake.BaseUrl + "/_connector";
        var inbound = ActivityBuilder.PersonalMessage().WithServiceUrl(playgroundServiceUrl).Build();
        bot.Handler.Behaviour = async (activity, cancellationToken) =>
        {
            await bot.Connector.ReplyAsync(activity, Activity.CreateMessage("pong"), cancellationToken);
            return null;
        };

        using var response = await fake.PostActivityAsync(bot.Endpoint, inbound.ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(fake.Requests);
        Assert.StartsWith("/_connector/v3/conversations/", reply.RawTarget, StringComparison.Ordinal);
        Assert.Null(reply.Authorization);
        Assert.Equal(0, fake.TokenRequests);
        Assert.Contains(bot.Logs.Lines, line => line.EventId == 1020);
    }

    [Fact]
    public async Task Local_mode_refuses_an_activity_whose_service_url_is_not_loopback()
    {
        await using var fake = await FakeBotService.StartAsync();
        await using var bot = await BotHost.StartAsync(null, LocalMode, environment: "Development");
        var inbound = ActivityBuilder.PersonalMessage().Build();

        using var response = await fake.PostActivityAsync(bot.Endpoint, inbound.ToJsonString(), authorization: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Handler.Activities);
        Assert.False(bot.Trusted.IsTrusted(inbound.ServiceUrl!));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Development")]
    public async Task Without_an_app_id_the_bot_refuses_to_start_naming_the_key(string environment)
    {
        var start = () => BotHost.StartAsync(null, settings => settings["BotFramework:ClientSecret"] = "secret", environment: environment);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(start);

        Assert.Contains("BotFramework:AppId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_secret_or_managed_identity_the_bot_refuses_to_start()
    {
        await using var fake = await FakeBotService.StartAsync();

        var start = () => BotHost.StartAsync(fake, settings => settings["BotFramework:ClientSecret"] = null);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(start);
        Assert.Contains("BotFramework:ClientSecret", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BotFramework:MetadataRefreshInterval", "1.00:00:01")]
    [InlineData("BotFramework:TurnTimeout", "00:00:00")]
    [InlineData("BotFramework:MetadataTimeout", "00:00:06")]
    [InlineData("BotFramework:MetadataTimeout", "00:00:00")]
    [InlineData("BotFramework:BotFrameworkOpenIdMetadataUrl", "http://example.com/metadata")]
    [InlineData("BotFramework:TrustedServiceUrlHosts:3", "https://evil.example.com/")]
    [InlineData("BotFramework:EntraTokenTenants:0", "not-a-guid")]
    public async Task An_invalid_setting_stops_the_start(string key, string value)
    {
        await using var fake = await FakeBotService.StartAsync();

        var start = () => BotHost.StartAsync(fake, settings => settings[key] = value);

        await Assert.ThrowsAsync<OptionsValidationException>(start);
    }

    private static void LocalMode(Dictionary<string, string?> settings) => settings[Key] = "true";

    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(Messages));
            }
        }

        return string.Join(" | ", messages);
    }
}
