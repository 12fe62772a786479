using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace CreditBot.BotFramework;

/// <summary>
/// Calls the Bot Connector REST API (conformance §2) of a conversation's <c>serviceUrl</c>. The
/// token is added by the client's handler, only for trusted service URLs; 429, 412, 502, 503 and 504
/// are retried (honouring <c>Retry-After</c>); the expected refusals come back as
/// <see cref="ConnectorOutcome{T}"/> cases.
/// </summary>
public sealed class ConnectorClient
{
    /// <summary>
    /// Service key of a client that tries each call once: for a caller that paces and retries itself
    /// (the outbox pauses the whole tenant on a 429 instead of waiting inside one call).
    /// </summary>
    public const string SingleAttempt = "single-attempt";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient http;
    private readonly TrustedServiceUrls trusted;
    private readonly ILogger logger;

    /// <summary>Created by the HTTP client factory (typed client).</summary>
    public ConnectorClient(HttpClient http, TrustedServiceUrls trusted, ILogger<ConnectorClient> logger)
    {
        this.http = http;
        this.trusted = trusted;
        this.logger = logger;
    }

    /// <summary>
    /// Sends an activity to a stored conversation (proactive message). Fills the conversation and,
    /// when missing, the sender (the bot) and the type (<c>message</c>).
    /// </summary>
    public Task<ConnectorOutcome<ResourceResponse>> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        Address(activity, reference.ConversationId, reference.BotId, reference.BotName);
        return SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, cancellationToken);
    }

    /// <summary>
    /// Replies to an inbound activity in its conversation (<c>replyToId</c> = its id). Fills the
    /// conversation and, when missing, the sender (the bot) and the type.
    /// </summary>
    public Task<ConnectorOutcome<ResourceResponse>> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        var conversationId = inbound.Conversation?.Id
            ?? throw new ArgumentException("The inbound activity has no conversation id.", nameof(inbound));
        var serviceUrl = inbound.ServiceUrl
            ?? throw new ArgumentException("The inbound activity has no serviceUrl.", nameof(inbound));
        Address(reply, conversationId, inbound.Recipient?.Id, inbound.Recipient?.Name);
        if (string.IsNullOrEmpty(inbound.Id))
        {
            return SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken);
        }

        reply.ReplyToId ??= inbound.Id;
        return ReplyToActivityAsync(serviceUrl, conversationId, inbound.Id, reply, cancellationToken);
    }

    /// <summary>Replaces a posted activity (a card) in a stored conversation with a whole new one.</summary>
    public Task<ConnectorOutcome<ResourceResponse>> UpdateAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        Address(activity, reference.ConversationId, reference.BotId, reference.BotName);
        activity.Id ??= activityId;
        return UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, activityId, activity, cancellationToken);
    }

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    public Task<ConnectorOutcome<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities",
            Json(activity, BotJsonContext.Default.Activity), BotJsonContext.Default.ResourceResponse, "send", cancellationToken);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task<ConnectorOutcome<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Json(activity, BotJsonContext.Default.Activity), BotJsonContext.Default.ResourceResponse, "reply", cancellationToken);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task<ConnectorOutcome<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Json(activity, BotJsonContext.Default.Activity), BotJsonContext.Default.ResourceResponse, "update", cancellationToken);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    public Task<ConnectorOutcome<NoContent>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        CallAsync<NoContent>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            null, null, "delete", cancellationToken);

    /// <summary><c>POST /v3/conversations</c>: creates (or finds) a conversation, e.g. a 1:1 chat with a user.</summary>
    public Task<ConnectorOutcome<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations",
            Json(parameters, BotJsonContext.Default.ConversationParameters), BotJsonContext.Default.ConversationResourceResponse, "create conversation", cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/members/{memberId}</c> (Teams: <c>29:</c> id, Entra object id or UPN).</summary>
    public Task<ConnectorOutcome<ChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}",
            null, BotJsonContext.Default.ChannelAccount, "get member", cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/members</c>: the whole roster (Teams throttles it; prefer paged members in teams).</summary>
    public Task<ConnectorOutcome<List<ChannelAccount>>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members",
            null, BotJsonContext.Default.ListChannelAccount, "get members", cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/pagedmembers</c>: one page of members (page size 50 to 500).</summary>
    public Task<ConnectorOutcome<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + Math.Clamp(size, 1, 500).ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        return CallAsync(HttpMethod.Get, serviceUrl, path, null, BotJsonContext.Default.PagedMembersResult, "get paged members", cancellationToken);
    }

    /// <summary><c>GET /v3/teams/{teamId}</c>: name and Entra group of a team.</summary>
    public Task<ConnectorOutcome<TeamDetails>> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}", null, BotJsonContext.Default.TeamDetails, "get team details", cancellationToken);

    /// <summary>
    /// Joins a service URL and a relative Connector path without doubling or losing a slash
    /// (<c>https://x/teams/</c> + <c>v3/…</c>, <c>http://localhost:1234/_connector</c> + <c>v3/…</c>).
    /// </summary>
    public static Uri BuildUri(string serviceUrl, string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentNullException.ThrowIfNull(relativePath);
        return new Uri(serviceUrl.TrimEnd('/') + "/" + relativePath.TrimStart('/'), UriKind.Absolute);
    }

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        return Uri.EscapeDataString(segment);
    }

    private static void Address(Activity activity, string conversationId, string? botId, string? botName)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        activity.Conversation.Id ??= conversationId;
        if (activity.From is null && botId is not null)
        {
            activity.From = new ChannelAccount { Id = botId, Name = botName };
        }
    }

    private static ByteArrayContent Json<TBody>(TBody body, JsonTypeInfo<TBody> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    private async Task<ConnectorOutcome<T>> CallAsync<T>(
        HttpMethod method, string serviceUrl, string path, HttpContent? content, JsonTypeInfo<T>? responseType, string operation, CancellationToken cancellationToken)
    {
        var uri = BuildUri(serviceUrl, path);
        if (!trusted.IsTrusted(uri))
        {
            content?.Dispose();
            logger.UntrustedServiceUrl(LogValue.Of(uri.Host));
            throw new UntrustedServiceUrlException(uri);
        }

        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage answer;
        try
        {
            answer = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TimeoutRejectedException exception)
        {
            // The per-attempt timeout: not retried, since a POST the Connector may have carried out would post twice.
            throw new ConnectorException($"Bot Connector {operation} got no answer within the attempt timeout.", exception);
        }

        using var response = answer;
        logger.ConnectorCalled(method.Method, operation, (int)response.StatusCode);
        if (response.IsSuccessStatusCode)
        {
            if (responseType is null)
            {
                return new ConnectorOutcome<T>.Succeeded((T)(object)NoContent.Value);
            }

            // A send can be accepted with 202 and no body (no message id): an empty answer, not an error.
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            T? value;
            try
            {
                value = bytes.Length > 0
                    ? JsonSerializer.Deserialize(bytes, responseType)
                    : JsonSerializer.Deserialize(responseType.Kind == JsonTypeInfoKind.Enumerable ? "[]"u8 : "{}"u8, responseType);
            }
            catch (JsonException)
            {
                // A success whose body is not what the protocol says: the caller cannot rely on it (no message id).
                value = default;
            }

            return value is null
                ? throw new ConnectorException(operation, new ConnectorError(response.StatusCode, null, bytes.Length > 0 ? "response body is not the expected JSON" : "empty response body"))
                : new ConnectorOutcome<T>.Succeeded(value);
        }

        var error = await ReadErrorAsync(response, cancellationToken);
        logger.ConnectorRefused(operation, (int)response.StatusCode, LogValue.Of(error.Code));
        return response.StatusCode switch
        {
            HttpStatusCode.NotFound => new ConnectorOutcome<T>.NotFound(error),
            HttpStatusCode.Forbidden when IsCode(error, "ConversationBlockedByUser") || IsCode(error, "MessageWritesBlocked")
                => new ConnectorOutcome<T>.BlockedByUser(error),
            HttpStatusCode.Forbidden when IsCode(error, "BotNotInConversationRoster")
                => new ConnectorOutcome<T>.NotInConversation(error),
            _ => throw new ConnectorException(operation, error),
        };
    }

    private static bool IsCode(ConnectorError error, string code) =>
        string.Equals(error.Code, code, StringComparison.OrdinalIgnoreCase)
        || string.Equals(error.SubCode, code, StringComparison.OrdinalIgnoreCase);

    private static async Task<ConnectorError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = new ConnectorError(response.StatusCode, null, null);
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (bytes.Length > 0 && JsonSerializer.Deserialize(bytes, BotJsonContext.Default.ConnectorErrorBody) is { } body)
            {
                error = body.ToError(response.StatusCode);
            }
        }
        catch (JsonException)
        {
            // Not a JSON error body of the documented shape: the status alone says what happened.
        }

        var retryAfter = response.Headers.RetryAfter;
        return error with { RetryAfter = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null) };
    }
}
