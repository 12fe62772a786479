using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CreditBot.Tests.Support;

/// <summary>
/// A loopback stand-in for Microsoft Graph v1.0: users, <c>checkMemberGroups</c> and
/// <c>teamwork/installedApps</c>, recording every request (with its bearer token). The real Graph SDK is
/// pointed at <see cref="BaseUrl"/>.
/// </summary>
public sealed class FakeGraphService : IAsyncDisposable
{
    /// <summary>The token <see cref="Credential"/> hands the SDK; every request must carry it.</summary>
    public const string AccessToken = "fake-graph-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GraphRequest> _requests = new();

    private FakeGraphService(WebApplication app) => _app = app;

    /// <summary><c>http://127.0.0.1:port/v1.0</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Users by object id; a user is also found by UPN.</summary>
    public ConcurrentDictionary<string, JsonObject> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Group ids each user is a (transitive) member of.</summary>
    public ConcurrentDictionary<string, HashSet<string>> Memberships { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What installing the app answers for a user: status code and, for 429, Retry-After seconds. Default 201.</summary>
    public ConcurrentDictionary<string, (int Status, int? RetryAfterSeconds)> InstallAnswers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When set, reading a user answers this status (a throttled or failing Graph).</summary>
    public int? ReadStatus { get; set; }

    public IReadOnlyList<GraphRequest> Requests => [.. _requests];

    /// <summary>A credential that hands out <see cref="AccessToken"/> (Entra is the edge faked here).</summary>
    public static TokenCredential Credential { get; } = new StaticCredential();

    public static async Task<FakeGraphService> StartAsync()
    {
        var app = LoopbackHost.Create();
        var fake = new FakeGraphService(app);
        fake.MapRoutes();
        fake.BaseUrl = await LoopbackHost.StartAsync(app) + "/v1.0";
        return fake;
    }

    public void AddUser(string objectId, string upn, string displayName, string? preferredLanguage = null, string? mail = null) =>
        Users[objectId] = new JsonObject
        {
            ["id"] = objectId,
            ["userPrincipalName"] = upn,
            ["displayName"] = displayName,
            ["mail"] = mail ?? upn,
            ["preferredLanguage"] = preferredLanguage,
        };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void MapRoutes()
    {
        _app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            context.Request.Body.Position = 0;
            _requests.Enqueue(new GraphRequest(
                context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers.Authorization.ToString(), body.Length == 0 ? null : JsonNode.Parse(body)));
            if (context.Request.Headers.Authorization.ToString() != $"Bearer {AccessToken}")
            {
                await Error(context, 401, "InvalidAuthenticationToken");
                return;
            }

            await next();
        });
        _app.MapGet("/v1.0/users/{id}", async context =>
        {
            if (ReadStatus is { } failure)
            {
                await Error(context, failure, "Failure");
                return;
            }

            var user = Find((string)context.GetRouteValue("id")!);
            if (user is null)
            {
                await Error(context, 404, "Request_ResourceNotFound");
                return;
            }

            await context.Response.WriteAsJsonAsync(user);
        });
        _app.MapPost("/v1.0/users/{id}/checkMemberGroups", async context =>
        {
            var id = (string)context.GetRouteValue("id")!;
            var asked = (await JsonNode.ParseAsync(context.Request.Body))!["groupIds"]!.AsArray().Select(g => (string)g!).ToList();
            var groups = Memberships.TryGetValue(id, out var member) ? member : [];
            await context.Response.WriteAsJsonAsync(new JsonObject { ["value"] = new JsonArray([.. asked.Where(groups.Contains).Select(g => (JsonNode)g)]) });
        });
        _app.MapPost("/v1.0/users/{id}/teamwork/installedApps", async context =>
        {
            var id = (string)context.GetRouteValue("id")!;
            var (status, retryAfter) = InstallAnswers.TryGetValue(id, out var answer) ? answer : (Find(id) is null ? 404 : 201, null);
            if (status == 201)
            {
                context.Response.StatusCode = 201;
                await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = $"installation-{id}" });
                return;
            }

            if (retryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await Error(context, status, status switch { 409 => "Conflict", 403 => "Forbidden", 429 => "TooManyRequests", _ => "NotFound" });
        });
    }

    private JsonObject? Find(string idOrUpn) =>
        Users.TryGetValue(idOrUpn, out var user) ? user
        : Users.Values.FirstOrDefault(u => string.Equals((string?)u["userPrincipalName"], idOrUpn, StringComparison.OrdinalIgnoreCase));

    private static async Task Error(HttpContext context, int status, string code)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { error = new { code, message = $"fake {code}" } }));
    }

    public sealed record GraphRequest(string Method, string Path, string Query, string Authorization, JsonNode? Body);

    private sealed class StaticCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(AccessToken, DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
