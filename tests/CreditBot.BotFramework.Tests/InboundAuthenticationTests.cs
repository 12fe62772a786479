using System.Net;
using System.Net.Http.Headers;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.BotFramework.Tests;

public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private const string OtherTenant = "9a0e3c52-1f4b-4a8e-8d0c-3e5b1f7a2c44";
    private FakeBotService fake = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeBotService.StartAsync();
        bot = await BotHost.StartAsync(fake);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_channel_token_passes()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Handler.Activities);
    }

    [Fact]
    public async Task No_authorization_header_is_refused_with_401()
    {
        using var response = await fake.PostActivityAsync(bot.Endpoint, Message().ToJsonString(), authorization: null);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "no Authorization header");
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz", "scheme is not Bearer")]
    [InlineData("bearer {token}", "scheme is not Bearer")]
    [InlineData("Bearer {token} {token}", "not exactly one token")]
    [InlineData("Bearer {token},Bearer {token}", "not exactly one token")]
    [InlineData("Bearer ", "")]
    [InlineData("Bearer not-a-jwt", "malformed token")]
    [InlineData("Bearer aGVsbG8.d29ybGQ.c2lnbg", "malformed token")]
    public async Task A_malformed_authorization_header_is_refused_with_401(string header, string reason)
    {
        var activity = Message();
        var value = header.Replace("{token}", fake.IssueChannelToken(activity.ServiceUrl), StringComparison.Ordinal);

        using var response = await PostRawAsync(activity, value);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, reason);
    }

    [Fact]
    public async Task Two_authorization_headers_are_refused_with_401()
    {
        var activity = Message();
        var token = fake.IssueChannelToken(activity.ServiceUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Endpoint) { Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", ["Bearer " + token, "Bearer " + token]);

        using var response = await fake.Client.SendAsync(request);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not exactly one token");
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl, audience: "0b3f3a8e-0000-4000-8000-000000000001"));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "InvalidAudience");
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://evil.example.com")]
    public async Task A_token_from_another_issuer_is_refused_with_401(string issuer)
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl, issuer: issuer));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unknown issuer");
    }

    [Fact]
    public async Task A_token_expired_beyond_the_five_minute_skew_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl, lifetime: TimeSpan.FromMinutes(-6)));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "Expired");
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_skew_passes()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl, lifetime: TimeSpan.FromMinutes(-4)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_token_without_an_expiry_is_refused_with_401()
    {
        var activity = Message();
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkOptions.BotFrameworkIssuer,
            Audience = FakeBotService.DefaultAppId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = activity.ServiceUrl! },
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            SigningCredentials = new SigningCredentials(fake.EndorsedKey.SecurityKey, SecurityAlgorithms.RsaSha256),
        });

        using var response = await PostAsync(activity, token);

        Assert.False(new JsonWebToken(token).TryGetPayloadValue<long>("exp", out _));
        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "NoExpiration");
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_is_refused_after_one_forced_refresh_of_the_keys()
    {
        var activity = Message();
        using var stranger = new FakeSigningKey("stranger", ["msteams"]);
        using var warmUp = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl));
        var downloadsBefore = fake.BotFrameworkKeyRequests;

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl, key: stranger));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unknown signing key", handled: 1);
        Assert.Equal(downloadsBefore + 1, fake.BotFrameworkKeyRequests);
    }

    [Fact]
    public async Task Unknown_keys_force_at_most_one_refresh_per_minimum_interval()
    {
        await using var patient = await BotHost.StartAsync(fake, settings => settings["BotFramework:MetadataMinimumRefreshInterval"] = "00:05:00");
        var activity = Message();
        using var stranger = new FakeSigningKey("stranger", ["msteams"]);
        using var warmUp = await fake.PostActivityAsync(patient.Endpoint, activity);
        var downloadsBefore = fake.BotFrameworkKeyRequests;

        for (var i = 0; i < 5; i++)
        {
            using var refused = await fake.PostActivityAsync(patient.Endpoint, activity.ToJsonString(), Bearer(fake.IssueChannelToken(activity.ServiceUrl, key: stranger)));
        }

        Assert.Equal(downloadsBefore + 1, fake.BotFrameworkKeyRequests);
    }

    [Fact]
    public async Task A_key_rotated_in_after_the_keys_were_cached_is_found_by_the_forced_refresh()
    {
        var activity = Message();
        using var warmUp = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl));
        fake.PublishKey(fake.UnpublishedKey);

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl, key: fake.UnpublishedKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, fake.BotFrameworkKeyRequests);
    }

    [Fact]
    public async Task A_key_that_does_not_endorse_msteams_is_refused_with_403()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl, key: fake.UnendorsedKey));

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "does not endorse");
    }

    [Fact]
    public async Task A_serviceurl_claim_for_another_service_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken("https://evil.example.com/amer/"));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "serviceurl claim does not match");
        Assert.False(bot.Trusted.IsTrusted(activity.ServiceUrl!));
    }

    [Fact]
    public async Task A_channel_token_without_serviceurl_claim_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken(serviceUrl: null));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "no serviceurl claim");
    }

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueUnsignedToken(activity.ServiceUrl!));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not RS256");
    }

    [Fact]
    public async Task An_hs256_token_signed_with_the_public_key_as_secret_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueHmacTokenSignedWithPublicKey(activity.ServiceUrl!));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not RS256");
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Rsa_algorithms_other_than_rs256_are_refused_with_401(string alg)
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueChannelToken(activity.ServiceUrl, alg: alg));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not RS256");
    }

    [Fact]
    public async Task A_token_with_a_tampered_payload_is_refused_with_401()
    {
        var activity = Message();
        var parts = fake.IssueChannelToken(activity.ServiceUrl).Split('.');
        var forged = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(
            Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace(FakeBotService.DefaultAppId, FakeBotService.DefaultAppId.ToUpperInvariant(), StringComparison.Ordinal));

        using var response = await PostAsync(activity, $"{parts[0]}.{forged}.{parts[2]}");

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "InvalidSignature");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_entra_token_of_an_accepted_tenant_passes(bool v1)
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueEntraToken(activity.ServiceUrl, v1: v1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bot.Trusted.IsTrusted(activity.ServiceUrl!));
    }

    [Fact]
    public async Task An_entra_token_without_serviceurl_claim_is_refused_for_a_host_that_is_not_a_configured_teams_host()
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl("https://127.0.0.2:4443/attacker/").Build();

        using var response = await PostAsync(activity, fake.IssueEntraToken(serviceUrl: null));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not a configured Teams host");
        Assert.False(bot.Trusted.IsTrusted(activity.ServiceUrl!));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/3b9e9fbb-ed2f-415b-b776-cf788e573366/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/")]
    public async Task An_entra_token_without_serviceurl_claim_passes_for_a_configured_teams_host(string serviceUrl)
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(serviceUrl).Build();

        using var response = await PostAsync(activity, fake.IssueEntraToken(serviceUrl: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Handler.Activities);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net:8443/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/")]
    public async Task An_entra_token_without_serviceurl_claim_is_refused_for_a_look_alike_of_a_teams_host(string serviceUrl)
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(serviceUrl).Build();

        using var response = await PostAsync(activity, fake.IssueEntraToken(serviceUrl: null));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not a configured Teams host");
    }

    [Fact]
    public async Task An_entra_token_whose_tid_differs_from_the_issuer_tenant_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueEntraToken(activity.ServiceUrl, tid: OtherTenant));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "tid does not match");
    }

    [Fact]
    public async Task An_entra_token_of_a_tenant_not_accepted_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueEntraToken(activity.ServiceUrl, tenantId: OtherTenant));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "tenant not accepted");
    }

    [Fact]
    public async Task An_entra_token_for_another_serviceurl_is_refused_with_401()
    {
        var activity = Message();

        using var response = await PostAsync(activity, fake.IssueEntraToken("https://evil.example.com/"));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "serviceurl claim does not match");
    }

    [Fact]
    public async Task The_tenant_allow_list_refuses_another_tenant_with_403()
    {
        await using var strict = await BotHost.StartAsync(fake, settings => settings["BotFramework:AllowedTenants:0"] = FakeBotService.BotTenantId);
        var activity = Message();

        using var response = await fake.PostActivityAsync(strict.Endpoint, activity.ToJsonString(), Bearer(fake.IssueChannelToken(activity.ServiceUrl)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(strict.Handler.Activities);
    }

    [Fact]
    public async Task The_tenant_allow_list_lets_an_allowed_tenant_through()
    {
        await using var strict = await BotHost.StartAsync(fake, settings => settings["BotFramework:AllowedTenants:0"] = FakeBotService.BotTenantId);
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).WithTenant(FakeBotService.BotTenantId).Build();

        using var response = await fake.PostActivityAsync(strict.Endpoint, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(strict.Handler.Activities);
    }

    [Fact]
    public async Task Tokens_are_checked_against_the_wall_clock_when_the_app_uses_a_fake_clock()
    {
        await using var frozen = await BotHost.StartAsync(fake, builderHook: builder =>
            builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2020, 1, 6, 8, 0, 0, TimeSpan.Zero))));
        var activity = Message();

        using var response = await fake.PostActivityAsync(frozen.Endpoint, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unreachable_signing_keys_are_answered_503_and_the_handler_does_not_run()
    {
        await using var blind = await BotHost.StartAsync(fake, settings => settings["BotFramework:BotFrameworkOpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration");
        var activity = Message();

        using var response = await fake.PostActivityAsync(blind.Endpoint, activity);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(blind.Handler.Activities);
        Assert.Contains(blind.Logs.Lines, line => line.EventId == 1003);
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private Activity Message() => ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();

    private Task<HttpResponseMessage> PostAsync(Activity activity, string token) =>
        fake.PostActivityAsync(bot.Endpoint, activity.ToJsonString(), Bearer(token));

    private async Task<HttpResponseMessage> PostRawAsync(Activity activity, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Endpoint)
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await fake.Client.SendAsync(request);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode expected, string reason, int handled = 0)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(handled, bot.Handler.Activities.Count);
        Assert.Contains(bot.Logs.Lines, line => line.EventId is 1000 or 1001 && line.Message.Contains(reason, StringComparison.Ordinal));
    }
}

internal static class ActivityJson
{
    public static string ToJsonString(this Activity activity) =>
        System.Text.Json.JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);
}
