using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Bot Framework protocol layer.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds the options (section <c>BotFramework</c>, validated at start), inbound authentication,
    /// the trusted service URLs, the local-mode guard and the <see cref="CreditBot.BotFramework.ConnectorClient"/>
    /// with its token handler and retries. The app registers its own <see cref="CreditBot.BotFramework.IActivityHandler"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CreditBot.BotFramework.BotFrameworkOptions>()
            .Bind(configuration.GetSection(CreditBot.BotFramework.BotFrameworkOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                o => o.TrustedServiceUrlHosts.All(h => !string.IsNullOrWhiteSpace(h) && Uri.CheckHostName(h) != UriHostNameType.Unknown),
                "BotFramework:TrustedServiceUrlHosts must hold host names only (no scheme, port or path).")
            .Validate(
                o => o.EntraTokenTenants.All(t => Guid.TryParse(t, out _)) && o.AllowedTenants.All(t => !string.IsNullOrWhiteSpace(t)),
                "BotFramework:EntraTokenTenants must hold tenant GUIDs and BotFramework:AllowedTenants non-empty tenant ids.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CreditBot.BotFramework.BotFrameworkOptions>, CreditBot.BotFramework.BotFrameworkOptionsValidator>());

        services.TryAddSingleton<CreditBot.BotFramework.OpenIdMetadata>();
        services.TryAddSingleton<CreditBot.BotFramework.BotAuthentication>();
        services.TryAddSingleton<CreditBot.BotFramework.TrustedServiceUrls>();
        services.TryAddSingleton<CreditBot.BotFramework.BotTokenProvider>();
        services.TryAddSingleton<CreditBot.BotFramework.LocalModeGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<CreditBot.BotFramework.LocalModeGuard>());
        services.TryAddTransient<CreditBot.BotFramework.BotTokenHandler>();

        // Retries outermost, so that a long Retry-After wait still gets a fresh token from the cache.
        // The factory's request logging (two handlers, a scope and four Information lines per call) is off:
        // every reply goes through here, and the connector client logs its failures and retries itself.
        var connector = services.AddHttpClient<CreditBot.BotFramework.ConnectorClient>().RemoveAllLoggers();
        connector.AddResilienceHandler("bot-connector", ConfigureRetries);
        connector.AddHttpMessageHandler<CreditBot.BotFramework.BotTokenHandler>();

        var once = services.AddHttpClient(CreditBot.BotFramework.ConnectorClient.SingleAttempt).RemoveAllLoggers();
        once.AddResilienceHandler("bot-connector-single-attempt", (builder, context) =>
        {
            builder.TimeProvider = TimeProvider.System;
            builder.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<CreditBot.BotFramework.BotFrameworkOptions>>().Value.ConnectorAttemptTimeout);
        });
        once.AddHttpMessageHandler<CreditBot.BotFramework.BotTokenHandler>();
        services.TryAddKeyedTransient(CreditBot.BotFramework.ConnectorClient.SingleAttempt, (sp, _) => new CreditBot.BotFramework.ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(CreditBot.BotFramework.ConnectorClient.SingleAttempt),
            sp.GetRequiredService<CreditBot.BotFramework.TrustedServiceUrls>(),
            sp.GetRequiredService<ILogger<CreditBot.BotFramework.ConnectorClient>>()));
        return services;
    }

    private static void ConfigureRetries(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<CreditBot.BotFramework.BotFrameworkOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CreditBot.BotFramework.ConnectorClient).FullName!);

        // Waits between retries are real time: an app that swaps in a fake TimeProvider must not freeze them.
        builder.TimeProvider = TimeProvider.System;
        if (options.ConnectorMaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.ConnectorMaxRetries,
                Delay = options.ConnectorRetryDelay,
                MaxDelay = options.ConnectorMaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode is { } status && IsTransient(status)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.ConnectorMaxRetryDelay)),
                OnRetry = args =>
                {
                    CreditBot.BotFramework.Log.ConnectorRetry(
                        logger, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode ?? 0, (long)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.ConnectorAttemptTimeout);
    }

    // Conformance §2.3: throttling, concurrent operations and unavailable dependencies are worth another try; nothing else.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is not { } delay)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }
}
