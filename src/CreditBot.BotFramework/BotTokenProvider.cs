using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CreditBot.BotFramework;

/// <summary>
/// Gets the bot's outbound Connector token with MSAL: client credentials against the bot's tenant,
/// or a managed identity. MSAL's in-memory cache hands the same token out until near expiry.
/// </summary>
internal sealed class BotTokenProvider
{
    private readonly Lazy<Func<CancellationToken, Task<string>>> acquire;
    private readonly ILogger logger;

    /// <param name="options">The bot's options.</param>
    /// <param name="logger">Logger.</param>
    /// <param name="httpClientFactory">
    /// Optional MSAL HTTP client factory registered in DI: the test seam that points MSAL at a fake
    /// token endpoint (instance discovery is then off).
    /// </param>
    public BotTokenProvider(IOptions<BotFrameworkOptions> options, ILogger<BotTokenProvider> logger, IMsalHttpClientFactory? httpClientFactory = null)
    {
        this.logger = logger;
        acquire = new Lazy<Func<CancellationToken, Task<string>>>(() => Create(options.Value, httpClientFactory));
    }

    public Task<string> GetTokenAsync(CancellationToken cancellationToken) => acquire.Value(cancellationToken);

    private Func<CancellationToken, Task<string>> Create(BotFrameworkOptions settings, IMsalHttpClientFactory? httpClientFactory)
    {
        string[] scopes = [settings.OAuthScope];
        if (!string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId))
        {
            var id = string.Equals(settings.ManagedIdentityClientId, "system", StringComparison.OrdinalIgnoreCase)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.WithUserAssignedClientId(settings.ManagedIdentityClientId);
            var builder = ManagedIdentityApplicationBuilder.Create(id);
            if (httpClientFactory is not null)
            {
                builder = builder.WithHttpClientFactory(httpClientFactory);
            }

            var managed = builder.Build();
            var resource = settings.OAuthScope.EndsWith("/.default", StringComparison.Ordinal)
                ? settings.OAuthScope[..^"/.default".Length]
                : settings.OAuthScope;
            return async cancellationToken =>
            {
                var result = await managed.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
                logger.TokenAcquired(result.AuthenticationResultMetadata.TokenSource);
                return result.AccessToken;
            };
        }

        var confidential = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.ClientSecret)
            .WithAuthority($"{settings.AuthorityHost.TrimEnd('/')}/{settings.TenantId}");
        if (httpClientFactory is not null)
        {
            confidential = confidential.WithHttpClientFactory(httpClientFactory).WithInstanceDiscovery(false);
        }

        var application = confidential.Build();
        return async cancellationToken =>
        {
            var result = await application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
            logger.TokenAcquired(result.AuthenticationResultMetadata.TokenSource);
            return result.AccessToken;
        };
    }
}
