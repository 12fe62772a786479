using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.Tests.Support;

/// <summary>
/// A loopback stand-in for Azure Bot Service and Entra: OpenID metadata and keys (Bot Framework
/// keys with <c>endorsements</c>, Entra v2 keys), an MSAL-compatible token endpoint, and the
/// Connector routes, recording every call the bot makes. Mints the tokens a channel would send.
/// </summary>
/// <example>
/// Pointing an app under test at the fake:
/// <code>
/// await using var fake = await FakeBotService.StartAsync();
/// // configuration: fake.BotConfiguration() (app id, secret, tenant, metadata URLs, fast retries)
/// // services:      fake.ConfigureBotServices(services) (MSAL reaches the fake's token endpoint)
/// var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).WithText("encours acme").Build();
/// using var response = await fake.PostActivityAsync(botEndpoint, activity);   // valid channel token
/// var reply = await fake.WaitForRequestAsync(r => r.Activity is not null);    // what the bot sent back
/// </code>
/// </example>
public sealed class FakeBotService : IAsyncDisposable
{
    /// <summary>App id of the bot under test, unless a test picks another.</summary>
    public const string DefaultAppId = "6f1f2c1e-8c55-4a3e-9d6b-2f4f1c0b7a11";

    /// <summary>The bot's own Entra tenant (token authority, Entra-issued inbound tokens).</summary>
    public const string BotTenantId = "3b9e9fbb-ed2f-415b-b776-cf788e573366";

    /// <summary>Client secret the bot is configured with.</summary>
    public const string ClientSecret = "fake-client-secret";

    private static readonly Lazy<(FakeSigningKey Endorsed, FakeSigningKey Unendorsed, FakeSigningKey Unpublished, FakeSigningKey Entra)> SharedKeys = new(() => (
        new FakeSigningKey("bf-endorsed", ["msteams", "webchat"]),
        new FakeSigningKey("bf-unendorsed", ["skype"]),
        new FakeSigningKey("bf-unpublished", ["msteams"]),
        new FakeSigningKey("entra-1", issuer: "https://login.microsoftonline.com/{tenantid}/v2.0")));

    private readonly WebApplication app;
    private readonly ConcurrentQueue<Fault> faults = new();
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private readonly List<StormRule> storms = [];
    private readonly object limitsLock = new();
    private readonly Dictionary<string, List<DateTimeOffset>> conversationLog = new(StringComparer.Ordinal);
    private readonly List<DateTimeOffset> tenantLog = [];
    private TimeProvider? limitsClock;
    private int tenantLimit;
    private readonly object answersLock = new();
    private readonly List<HeldAnswer> heldAnswers = [];
    private (TimeProvider Clock, TimeSpan Delay)? answerDelay;
    private readonly List<FakeSigningKey> botFrameworkKeys = [];
    private readonly List<FakeSigningKey> entraKeys = [];
    private readonly object keysLock = new();
    private readonly JsonWebTokenHandler tokenHandler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly Lazy<LoopbackMsalHttpClientFactory> msalFactory;
    private int botFrameworkKeyRequests;
    private int entraKeyRequests;
    private int tokenRequests;
    private int nextId;

    private FakeBotService(WebApplication app)
    {
        this.app = app;
        // RSA key generation is slow: the keys are made once per test run and shared (they are never mutated).
        (EndorsedKey, UnendorsedKey, UnpublishedKey, EntraKey) = SharedKeys.Value;
        botFrameworkKeys.AddRange([EndorsedKey, UnendorsedKey]);
        entraKeys.Add(EntraKey);
        msalFactory = new Lazy<LoopbackMsalHttpClientFactory>(() => new LoopbackMsalHttpClientFactory(new Uri(BaseUrl)));
        Client = new HttpClient();
    }

    /// <summary>Root address, <c>http://127.0.0.1:port</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The Connector's service URL to put in activities (<c>http://127.0.0.1:port/</c>).</summary>
    public string ServiceUrl => BaseUrl + "/";

    /// <summary>Bot Framework OpenID metadata (for <c>BotFramework:BotFrameworkOpenIdMetadataUrl</c>).</summary>
    public string BotFrameworkMetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>Entra v2 metadata (for <c>BotFramework:EntraOpenIdMetadataUrl</c>).</summary>
    public string EntraMetadataUrl => BaseUrl + "/common/v2.0/.well-known/openid-configuration";

    /// <summary>Published Bot Framework key endorsing <c>msteams</c>: the default signer.</summary>
    public FakeSigningKey EndorsedKey { get; }

    /// <summary>Published Bot Framework key that does not endorse <c>msteams</c>.</summary>
    public FakeSigningKey UnendorsedKey { get; }

    /// <summary>A Bot Framework key endorsing <c>msteams</c> that is not published until <see cref="PublishKey"/>.</summary>
    public FakeSigningKey UnpublishedKey { get; }

    /// <summary>Published Entra key (bound to the v2 issuer template).</summary>
    public FakeSigningKey EntraKey { get; }

    /// <summary>How many times the Bot Framework key set was downloaded.</summary>
    public int BotFrameworkKeyRequests => Volatile.Read(ref botFrameworkKeyRequests);

    /// <summary>How many times the Entra key set was downloaded.</summary>
    public int EntraKeyRequests => Volatile.Read(ref entraKeyRequests);

    /// <summary>How many client-credential token requests arrived.</summary>
    public int TokenRequests => Volatile.Read(ref tokenRequests);

    /// <summary>Every Connector call, in arrival order.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => [.. requests];

    /// <summary>Activities the bot sent, replied or updated, in arrival order.</summary>
    public IReadOnlyList<Activity> SentActivities => [.. requests.Where(r => r.Activity is not null).Select(r => r.Activity!)];

    /// <summary>MSAL HTTP client factory that sends <c>login.microsoftonline.com</c> requests here.</summary>
    public IMsalHttpClientFactory MsalHttpClientFactory => msalFactory.Value;

    /// <summary>A plain client for tests to post activities with.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeBotService> StartAsync(CancellationToken cancellationToken = default)
    {
        var app = LoopbackHost.Create();
        var fake = new FakeBotService(app);
        fake.MapRoutes();
        fake.BaseUrl = await LoopbackHost.StartAsync(app, cancellationToken);
        return fake;
    }

    /// <summary>
    /// Configuration that points a bot at this fake (in-memory configuration keys): app id, secret,
    /// tenant, both metadata URLs, the fake's tenant for Entra tokens, and fast retries.
    /// Add <see cref="MsalHttpClientFactory"/> to the bot's services too (see <see cref="ConfigureBotServices"/>).
    /// </summary>
    public Dictionary<string, string?> BotConfiguration(string appId = DefaultAppId) => new()
    {
        ["BotFramework:AppId"] = appId,
        ["BotFramework:ClientSecret"] = ClientSecret,
        ["BotFramework:TenantId"] = BotTenantId,
        ["BotFramework:BotFrameworkOpenIdMetadataUrl"] = BotFrameworkMetadataUrl,
        ["BotFramework:EntraOpenIdMetadataUrl"] = EntraMetadataUrl,
        ["BotFramework:ConnectorRetryDelay"] = "00:00:00.010",
        ["BotFramework:ConnectorMaxRetryDelay"] = "00:00:01",
        ["BotFramework:MetadataMinimumRefreshInterval"] = "00:00:01",
    };

    /// <summary>Registers the MSAL seam so the bot's token requests reach this fake.</summary>
    public void ConfigureBotServices(IServiceCollection services) =>
        services.AddSingleton(MsalHttpClientFactory);

    /// <summary>Publishes a key in the Bot Framework key set (key rotation).</summary>
    public void PublishKey(FakeSigningKey key)
    {
        lock (keysLock)
        {
            botFrameworkKeys.Add(key);
        }
    }

    /// <summary>The next <paramref name="count"/> Connector calls answer <paramref name="status"/>.</summary>
    /// <param name="count">How many calls fail.</param>
    /// <param name="status">Status to answer.</param>
    /// <param name="errorCode">Error code of the body <c>{"error": {"code", "message"}}</c>.</param>
    /// <param name="retryAfter">Value of the <c>Retry-After</c> header, if any.</param>
    public void FailNext(int count, HttpStatusCode status, string? errorCode = null, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            faults.Enqueue(new Fault(status, errorCode, retryAfter));
        }
    }

    /// <summary>
    /// Answers like Teams beyond its limits (conformance §2.4): sends to one conversation past 7 per 1 s,
    /// 8 per 2 s, 60 per 30 s or 1 800 per hour, or any call past <paramref name="tenantPerSecond"/> per
    /// second, get 429 with <c>Retry-After: 1</c>. Time comes from <paramref name="time"/> (a fake clock in tests).
    /// </summary>
    public void EnforceTeamsLimits(TimeProvider time, int tenantPerSecond = 50)
    {
        lock (limitsLock)
        {
            limitsClock = time;
            tenantLimit = tenantPerSecond;
        }
    }

    /// <summary>
    /// Until the returned handle is disposed, every Connector call that <paramref name="applies"/> to
    /// (all when null) answers <paramref name="status"/> with <paramref name="errorCode"/>: a storm of 503s, a
    /// blocked user's 403s, a vanished conversation's 404s.
    /// </summary>
    public IDisposable Storm(HttpStatusCode status, string? errorCode = null, Func<ConnectorCall, bool>? applies = null, TimeSpan? retryAfter = null)
    {
        var rule = new StormRule(new Fault(status, errorCode, retryAfter), applies ?? (_ => true));
        lock (storms)
        {
            storms.Add(rule);
        }

        return new StormEnd(() =>
        {
            lock (storms)
            {
                storms.Remove(rule);
            }
        });
    }

    /// <summary>
    /// Every Connector call is answered <paramref name="delay"/> after it arrived, on <paramref name="clock"/> (a fake
    /// clock: the answer waits until the test moves it): a Connector as slow as Teams, without real waiting.
    /// </summary>
    public void AnswerAfter(TimeSpan delay, TimeProvider clock)
    {
        lock (answersLock)
        {
            answerDelay = (clock, delay);
        }
    }

    /// <summary>Calls waiting for their answer's time (<see cref="AnswerAfter"/>).</summary>
    public int HeldAnswers
    {
        get
        {
            lock (answersLock)
            {
                return heldAnswers.Count;
            }
        }
    }

    /// <summary>When the first held call is answered; null when none is held.</summary>
    public DateTimeOffset? NextAnswerAt
    {
        get
        {
            lock (answersLock)
            {
                return heldAnswers.Count == 0 ? null : heldAnswers.Min(a => a.Due);
            }
        }
    }

    /// <summary>The next Connector call answers <paramref name="status"/> with this raw body (null: empty).</summary>
    public void RespondNext(HttpStatusCode status, string? body = null) =>
        faults.Enqueue(new Fault(status, null, null, body ?? string.Empty));

    /// <summary>The next <paramref name="count"/> Connector calls are recorded and never answered (until the bot gives up on them).</summary>
    public void StallNext(int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            faults.Enqueue(new Fault(HttpStatusCode.OK, null, null, Stall: true));
        }
    }

    /// <summary>Raised as each Connector call is recorded, before it is answered (a test can act on the Nth call).</summary>
    public event Action<ConnectorRequest>? Recorded;

    /// <summary>Forgets the recorded Connector calls.</summary>
    public void ClearRequests() => requests.Clear();

    /// <summary>Waits until a recorded Connector call matches (the bot may answer after the turn).</summary>
    public async Task<ConnectorRequest> WaitForRequestAsync(Func<ConnectorRequest, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            var match = requests.FirstOrDefault(r => predicate?.Invoke(r) ?? true);
            if (match is not null)
            {
                return match;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The bot made no matching Connector call.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>
    /// A Bot Framework channel token as Teams sends it: RS256, <c>iss</c> https://api.botframework.com,
    /// <c>aud</c> the app id, <c>serviceurl</c>, valid for an hour; each part can be tampered with.
    /// </summary>
    /// <param name="serviceUrl">The <c>serviceurl</c> claim (the activity's serviceUrl); null omits it.</param>
    /// <param name="audience">Audience, the default app id unless given.</param>
    /// <param name="issuer">Issuer, https://api.botframework.com unless given.</param>
    /// <param name="lifetime">Time until expiry from now (negative: already expired); one hour by default.</param>
    /// <param name="key">Signing key, <see cref="EndorsedKey"/> by default.</param>
    /// <param name="alg">RSA algorithm: RS256 (default), RS384 or RS512.</param>
    public string IssueChannelToken(
        string? serviceUrl, string? audience = null, string? issuer = null, TimeSpan? lifetime = null, FakeSigningKey? key = null, string alg = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Sign(issuer ?? BotFrameworkOptions.BotFrameworkIssuer, audience ?? DefaultAppId, claims, lifetime ?? TimeSpan.FromHours(1), key ?? EndorsedKey, alg);
    }

    /// <summary>An Entra-issued token (v2 issuer unless <paramref name="v1"/>), signed by <see cref="EntraKey"/>.</summary>
    /// <param name="serviceUrl">The <c>serviceurl</c> claim, or null.</param>
    /// <param name="tenantId">Tenant of the issuer, the bot's tenant by default.</param>
    /// <param name="tid">The <c>tid</c> claim, the issuer's tenant by default.</param>
    /// <param name="v1">True for the v1 issuer <c>https://sts.windows.net/{tid}/</c>.</param>
    /// <param name="audience">Audience, the default app id unless given.</param>
    public string IssueEntraToken(string? serviceUrl = null, string? tenantId = null, string? tid = null, bool v1 = false, string? audience = null)
    {
        var tenant = tenantId ?? BotTenantId;
        var claims = new Dictionary<string, object> { ["tid"] = tid ?? tenant, ["azp"] = Guid.NewGuid().ToString() };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var issuer = v1 ? $"https://sts.windows.net/{tenant}/" : $"https://login.microsoftonline.com/{tenant}/v2.0";
        return Sign(issuer, audience ?? DefaultAppId, claims, TimeSpan.FromHours(1), EntraKey, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>A token with <c>alg: none</c> and no signature, otherwise valid.</summary>
    public string IssueUnsignedToken(string serviceUrl)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = EndorsedKey.KeyId };
        return Base64UrlEncoder.Encode(header.ToJsonString()) + "." + Base64UrlEncoder.Encode(Payload(serviceUrl).ToJsonString()) + ".";
    }

    /// <summary>
    /// The key-confusion attack: HS256 with the endorsed key's public key (PEM) as the HMAC secret,
    /// and that key's <c>kid</c>.
    /// </summary>
    public string IssueHmacTokenSignedWithPublicKey(string serviceUrl)
    {
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = EndorsedKey.KeyId };
        var signingInput = Base64UrlEncoder.Encode(header.ToJsonString()) + "." + Base64UrlEncoder.Encode(Payload(serviceUrl).ToJsonString());
        var signature = System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(EndorsedKey.PublicKeyPem), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>
    /// Posts an activity to a bot endpoint as the Bot Connector does: JSON body and a channel token
    /// for the activity's serviceUrl, unless <paramref name="authorization"/> says otherwise.
    /// </summary>
    public Task<HttpResponseMessage> PostActivityAsync(Uri endpoint, Activity activity, AuthenticationHeaderValue? authorization = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var body = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);
        return PostActivityAsync(endpoint, body, authorization ?? new AuthenticationHeaderValue("Bearer", IssueChannelToken(activity.ServiceUrl)), cancellationToken);
    }

    /// <summary>Posts a raw body with the given <c>Authorization</c> (null: none).</summary>
    public Task<HttpResponseMessage> PostActivityAsync(Uri endpoint, string body, AuthenticationHeaderValue? authorization, CancellationToken cancellationToken = default) =>
        PostActivityAsync(Client, endpoint, body, authorization, cancellationToken);

    /// <summary>
    /// Posts an activity with a valid channel token through the given client (e.g. a
    /// <c>WebApplicationFactory</c> client; a relative <paramref name="endpoint"/> such as <c>/api/messages</c> works with it).
    /// </summary>
    public Task<HttpResponseMessage> PostActivityAsync(HttpClient client, Uri endpoint, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var body = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);
        return PostActivityAsync(client, endpoint, body, new AuthenticationHeaderValue("Bearer", IssueChannelToken(activity.ServiceUrl)), cancellationToken);
    }

    /// <summary>Posts a raw body through the given client with the given <c>Authorization</c> (null: none).</summary>
    public static async Task<HttpResponseMessage> PostActivityAsync(HttpClient client, Uri endpoint, string body, AuthenticationHeaderValue? authorization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = authorization;
        return await client.SendAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Client.Dispose();
        if (msalFactory.IsValueCreated)
        {
            msalFactory.Value.Dispose();
        }
    }

    private static JsonObject Payload(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["iss"] = BotFrameworkOptions.BotFrameworkIssuer,
            ["aud"] = DefaultAppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
    }

    private string Sign(string issuer, string audience, Dictionary<string, object> claims, TimeSpan lifetime, FakeSigningKey key, string alg)
    {
        var now = DateTime.UtcNow;
        var expires = now + lifetime;
        var notBefore = (expires < now ? expires : now) - TimeSpan.FromMinutes(10);
        return tokenHandler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key.SecurityKey, alg),
        });
    }

    private void MapRoutes()
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = BotFrameworkOptions.BotFrameworkIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref botFrameworkKeyRequests);
            return Results.Json(KeySet(botFrameworkKeys));
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new JsonObject
        {
            ["issuer"] = $"https://login.microsoftonline.com/{(tenant == "common" ? "{tenantid}" : tenant)}/v2.0",
            ["authorization_endpoint"] = $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
            ["jwks_uri"] = BaseUrl + "/common/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        app.MapGet("/common/discovery/v2.0/keys", () =>
        {
            Interlocked.Increment(ref entraKeyRequests);
            return Results.Json(KeySet(entraKeys));
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials" || string.IsNullOrEmpty(form["client_id"]) || form["scope"] != "https://api.botframework.com/.default")
            {
                return Results.Json(new JsonObject { ["error"] = "invalid_request" }, statusCode: 400);
            }

            if (form["client_secret"] != ClientSecret)
            {
                return Results.Json(new JsonObject { ["error"] = "invalid_client" }, statusCode: 401);
            }

            var number = Interlocked.Increment(ref tokenRequests);
            return Results.Json(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = AccessToken(number),
            });
        });
        app.Map("/{**path}", HandleConnectorAsync);
    }

    /// <summary>The access token the token endpoint hands out as its <paramref name="number"/>th answer.</summary>
    public static string AccessToken(int number) => "fake-bot-token-" + number.ToString(CultureInfo.InvariantCulture);

    private JsonObject KeySet(List<FakeSigningKey> keys)
    {
        lock (keysLock)
        {
            return new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) };
        }
    }

    private async Task HandleConnectorAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var rawPath = rawTarget.Split('?')[0];
        var v3 = rawPath.IndexOf("/v3/", StringComparison.Ordinal);
        if (v3 < 0)
        {
            context.Response.StatusCode = 404;
            return;
        }

        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var segments = rawPath[(v3 + 4)..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var method = context.Request.Method;
        Activity? activity = null;
        if (body.Length > 0 && segments is ["conversations", _, "activities", ..])
        {
            activity = JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity);
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var fault = faults.TryDequeue(out var next) ? next : null;
        var call = new ConnectorCall(method, segments, segments.Length > 1 && segments[0] == "conversations" ? segments[1] : null);
        fault ??= StormFault(call) ?? LimitFault(call);
        var status = fault is null ? 200 : (int)fault.Status;
        var recorded = new ConnectorRequest(
            method,
            rawTarget,
            segments,
            headers,
            body,
            activity,
            segments.Length > 1 && segments[0] == "conversations" ? segments[1] : null,
            segments.Length > 3 && segments[2] == "activities" ? segments[3] : null,
            status,
            LimitsNow());
        requests.Enqueue(recorded);
        Recorded?.Invoke(recorded);

        await HoldAnswerAsync();
        if (fault is { Stall: true })
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The bot gave up on the call: that is what a stalled Connector is for.
            }

            return;
        }

        if (fault is not null)
        {
            if (fault.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            if (fault.RawBody is not null)
            {
                context.Response.StatusCode = status;
                if (fault.RawBody.Length > 0)
                {
                    context.Response.ContentType = "application/json; charset=utf-8";
                    await context.Response.WriteAsync(fault.RawBody);
                }

                return;
            }

            await WriteJsonAsync(context, status, new JsonObject
            {
                ["error"] = new JsonObject { ["code"] = fault.ErrorCode ?? fault.Status.ToString(), ["message"] = "Injected by FakeBotService" },
            });
            return;
        }

        var id = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        JsonNode? answer = (method, segments) switch
        {
            ("POST", ["conversations"]) => new JsonObject { ["id"] = "a:created-" + id, ["activityId"] = "1700000" + id },
            ("POST", ["conversations", _, "activities"]) => new JsonObject { ["id"] = "1700000" + id },
            ("POST", ["conversations", _, "activities", var replyTo]) => new JsonObject { ["id"] = "1700000" + id + ";reply=" + replyTo },
            ("PUT", ["conversations", _, "activities", var updated]) => new JsonObject { ["id"] = updated },
            ("DELETE", ["conversations", _, "activities", _]) => null,
            ("GET", ["conversations", _, "members"]) => new JsonArray(Member("29:member-1"), Member("29:member-2")),
            ("GET", ["conversations", _, "members", var member]) => Member(member),
            ("GET", ["conversations", _, "pagedmembers"]) => new JsonObject
            {
                ["members"] = new JsonArray(Member("29:member-1"), Member("29:member-2")),
                ["continuationToken"] = context.Request.Query["continuationToken"].Count == 0 ? "page-2" : null,
            },
            ("GET", ["teams", var team]) => new JsonObject { ["id"] = team, ["name"] = "Credit team", ["aadGroupId"] = "0b5a4c1e-6a53-4e63-8b67-7d2b0f7b1c20" },
            _ => new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = "No such Connector route" } },
        };
        var isUnknown = answer is JsonObject o && o.ContainsKey("error");
        if (answer is null)
        {
            context.Response.StatusCode = 200;
            return;
        }

        await WriteJsonAsync(context, isUnknown ? 404 : 200, answer);
    }

    // AnswerAfter: the call counts as held from before its timer exists until the timer fires, so that a test that moves
    // the clock once every call is held never moves it past a timer not made yet.
    private async Task HoldAnswerAsync()
    {
        HeldAnswer held;
        (TimeProvider Clock, TimeSpan Delay) setting;
        lock (answersLock)
        {
            if (answerDelay is not { } delay || delay.Delay <= TimeSpan.Zero)
            {
                return;
            }

            setting = delay;
            held = new HeldAnswer(setting.Clock.GetUtcNow() + setting.Delay);
            heldAnswers.Add(held);
        }

        using var timer = setting.Clock.CreateTimer(
            _ =>
            {
                lock (answersLock)
                {
                    heldAnswers.Remove(held);
                }

                held.Answered.TrySetResult();
            },
            null,
            setting.Delay,
            Timeout.InfiniteTimeSpan);
        await held.Answered.Task;
    }

    private static JsonObject Member(string id) => new()
    {
        ["id"] = id,
        ["name"] = "Member " + id,
        ["objectId"] = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8",
        ["tenantId"] = BotTenantId,
        ["userRole"] = "user",
    };

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private DateTimeOffset? LimitsNow()
    {
        lock (limitsLock)
        {
            return limitsClock?.GetUtcNow();
        }
    }

    private Fault? StormFault(ConnectorCall call)
    {
        lock (storms)
        {
            return storms.LastOrDefault(s => s.Applies(call))?.Fault;
        }
    }

    // Exact sliding windows, as the dispatcher counts them: a call is refused when a window already holds its limit.
    private Fault? LimitFault(ConnectorCall call)
    {
        lock (limitsLock)
        {
            if (limitsClock is null)
            {
                return null;
            }

            var now = limitsClock.GetUtcNow();
            var throttled = new Fault(HttpStatusCode.TooManyRequests, "Throttled", TimeSpan.FromSeconds(1));
            tenantLog.RemoveAll(t => t <= now - TimeSpan.FromSeconds(1));
            if (Count(tenantLog, now, TimeSpan.FromSeconds(1)) >= tenantLimit)
            {
                return throttled;
            }

            List<DateTimeOffset>? log = null;
            if (call is { Method: "POST", Segments: ["conversations", _, "activities"], ConversationId: { } conversation })
            {
                if (!conversationLog.TryGetValue(conversation, out log))
                {
                    conversationLog[conversation] = log = [];
                }

                log.RemoveAll(t => t <= now - TimeSpan.FromHours(1));
                if (Count(log, now, TimeSpan.FromSeconds(1)) >= 7 || Count(log, now, TimeSpan.FromSeconds(2)) >= 8
                    || Count(log, now, TimeSpan.FromSeconds(30)) >= 60 || Count(log, now, TimeSpan.FromHours(1)) >= 1800)
                {
                    return throttled;
                }
            }

            tenantLog.Add(now);
            log?.Add(now);
            return null;
        }
    }

    private static int Count(List<DateTimeOffset> log, DateTimeOffset now, TimeSpan window) => log.Count(t => t > now - window);

    private sealed record Fault(HttpStatusCode Status, string? ErrorCode, TimeSpan? RetryAfter, string? RawBody = null, bool Stall = false);

    private sealed record StormRule(Fault Fault, Func<ConnectorCall, bool> Applies);

    private sealed class HeldAnswer(DateTimeOffset due)
    {
        public DateTimeOffset Due { get; } = due;

        public TaskCompletionSource Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class StormEnd(Action end) : IDisposable
    {
        public void Dispose() => end();
    }

    /// <summary>Sends MSAL's <c>login.microsoftonline.com</c> requests to the fake.</summary>
    private sealed class LoopbackMsalHttpClientFactory(Uri fake) : IMsalHttpClientFactory, IDisposable
    {
        private readonly HttpClient client = new(new RedirectingHandler(fake));

        public HttpClient GetHttpClient() => client;

        public void Dispose() => client.Dispose();

        private sealed class RedirectingHandler(Uri fake) : DelegatingHandler(new HttpClientHandler())
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.RequestUri is { Host: "login.microsoftonline.com" } uri)
                {
                    request.RequestUri = new UriBuilder(uri) { Scheme = fake.Scheme, Host = fake.Host, Port = fake.Port }.Uri;
                }

                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}

/// <summary>A Connector call as a storm rule sees it: method, decoded segments after <c>/v3/</c>, conversation id.</summary>
public sealed record ConnectorCall(string Method, IReadOnlyList<string> Segments, string? ConversationId);

/// <summary>One Connector call the bot made.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="RawTarget">Path and query exactly as sent (still percent-encoded).</param>
/// <param name="Segments">Decoded path segments after <c>/v3/</c>.</param>
/// <param name="Headers">Request headers.</param>
/// <param name="Body">Request body.</param>
/// <param name="Activity">The activity sent, for activity routes.</param>
/// <param name="ConversationId">Decoded conversation id, for conversation routes.</param>
/// <param name="ActivityId">Decoded activity id, for reply/update/delete.</param>
/// <param name="Status">Status the fake answered.</param>
/// <param name="At">When it arrived, by the clock given to <see cref="FakeBotService.EnforceTeamsLimits"/> (null without one).</param>
public sealed record ConnectorRequest(
    string Method,
    string RawTarget,
    IReadOnlyList<string> Segments,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    Activity? Activity,
    string? ConversationId,
    string? ActivityId,
    int Status,
    DateTimeOffset? At = null)
{
    /// <summary>The <c>Authorization</c> header, or null.</summary>
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;
}
