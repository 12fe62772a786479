using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreditBot.BotFramework;

/// <summary>
/// The <c>POST /api/messages</c> endpoint: authenticates the request, reads the activity, runs the
/// <see cref="IActivityHandler"/> under the turn timeout and answers per conformance §1.4.
/// </summary>
public static class BotEndpoint
{
    // Teams messages are at most ~100 KB; anything much larger is not an activity.
    private const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Maps the bot endpoint (every method: non-POST requests get 405).</summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">Route of the endpoint, <c>/api/messages</c> by default.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, HandleAsync).WithDisplayName("Bot Framework messages");
    }

    private static async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var authentication = services.GetRequiredService<BotAuthentication>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotEndpoint).FullName!);

        TokenValidation.Valid? token = null;
        if (options.DisableAuthentication)
        {
            if (!services.GetRequiredService<LocalModeGuard>().IsVerified)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
        }
        else
        {
            var validation = await authentication.ValidateTokenAsync(context.Request.Headers.Authorization, context.RequestAborted);
            if (validation is not TokenValidation.Valid valid)
            {
                context.Response.StatusCode = validation is TokenValidation.Unavailable
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status401Unauthorized;
                return;
            }

            token = valid;
        }

        var activity = await ReadActivityAsync(context, logger);
        if (activity is null)
        {
            return;
        }

        var authorization = token is null ? LocalModeCheck(activity, authentication, logger) : authentication.AuthorizeActivity(token, activity);
        if (!authorization.IsAllowed)
        {
            context.Response.StatusCode = authorization.Status;
            return;
        }

        // Only now is the serviceUrl known to come from the Bot Connector: the token's serviceurl claim
        // matched it (or, in local mode, it is loopback). A token without the claim proves nothing about it.
        if (token is null || token.ServiceUrl is not null)
        {
            services.GetRequiredService<TrustedServiceUrls>().Trust(activity.ServiceUrl!);
        }

        await RunTurnAsync(context, activity, options, logger);
    }

    private static ActivityAuthorization LocalModeCheck(Activity activity, BotAuthentication authentication, ILogger logger)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !serviceUrl.IsLoopback)
        {
            logger.LocalModeServiceUrlRefused(LogValue.Of(serviceUrl?.Host) ?? "(none)");
            return new ActivityAuthorization(StatusCodes.Status403Forbidden, "local mode accepts loopback service URLs only");
        }

        return authentication.CheckTenant(activity);
    }

    private static async Task<Activity?> ReadActivityAsync(HttpContext context, ILogger logger)
    {
        Activity? activity;
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        // A pooled buffer sized from Content-Length (Teams sends it): no 16 KiB array and no growing stream per turn.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(context.Request.ContentLength ?? 4096, 256, MaxBodyBytes + 1));
        try
        {
            var length = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted)) > 0)
            {
                length += read;
                if (length > MaxBodyBytes)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return null;
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            // The reader checks UTF-8 only in what it decodes: a bad byte kept in channelData or value would throw later, in the turn.
            if (!Utf8.IsValid(buffer.AsSpan(0, length)))
            {
                logger.BadActivity("body is not valid UTF-8");
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return null;
            }

            activity = JsonSerializer.Deserialize(buffer.AsSpan(0, length), BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            logger.BadActivity("body is not a JSON activity");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if ((activity is null ? "body is not an activity" : ActivityValidation.Problem(activity)) is { } problem)
        {
            logger.BadActivity(problem);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        return activity;
    }

    private static async Task RunTurnAsync(HttpContext context, Activity activity, BotFrameworkOptions options, ILogger logger)
    {
        var conversationId = activity.Conversation?.Id;
        using var scope = logger.TurnScope(LogValue.Of(activity.Id), LogValue.Of(conversationId));
        var started = Stopwatch.GetTimestamp();
        var handler = context.RequestServices.GetRequiredService<IActivityHandler>();

        // Not linked to RequestAborted: a dropped connection must not cut a reply in half.
        using var turn = new CancellationTokenSource(options.TurnTimeout);
        InvokeResponse? response;
        try
        {
            response = await handler.OnActivityAsync(activity, turn.Token);
        }
        catch (OperationCanceledException) when (turn.IsCancellationRequested)
        {
            logger.TurnTimedOut((long)options.TurnTimeout.TotalMilliseconds, LogValue.Of(activity.Id), LogValue.Of(conversationId));
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }
#pragma warning disable CA1031 // The last line of defence: any escaping exception becomes a logged 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.TurnFailed(LogValue.Of(activity.Id), LogValue.Of(conversationId), exception);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);
        if (!isInvoke)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
        }
        else if (response is null)
        {
            logger.InvokeNotHandled(LogValue.Of(activity.Name));
            context.Response.StatusCode = StatusCodes.Status501NotImplemented;
        }
        else
        {
            context.Response.StatusCode = response.Status;
            if (response.Body is { } body)
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                await JsonSerializer.SerializeAsync(context.Response.Body, body, BotJsonContext.Default.JsonElement, CancellationToken.None);
            }
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.TurnCompleted(LogValue.Of(activity.Type), LogValue.Of(activity.Name), context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
