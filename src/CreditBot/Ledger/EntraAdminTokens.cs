using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.Ledger;

/// <summary>
/// The second way into the import endpoint: an Entra ID access token for our API (<c>Imports:EntraAudience</c>)
/// issued by our tenant (<c>Imports:EntraTenantId</c>), signed with a key of the tenant's OpenID metadata, and
/// carrying the app role <c>Imports:AdminRole</c>. Off while no tenant is configured.
/// </summary>
public sealed class EntraAdminTokens(IOptions<ImportOptions> options, IConfigurationManager<OpenIdConnectConfiguration>? metadata = null)
{
    /// <summary>Key of an optional keyed <c>IConfigurationManager&lt;OpenIdConnectConfiguration&gt;</c> replacing the tenant's metadata (tests).</summary>
    public const string MetadataKey = "imports-entra";

    private readonly JsonWebTokenHandler _handler = new();

    public bool Enabled => metadata is not null && !string.IsNullOrWhiteSpace(options.Value.EntraTenantId) && !string.IsNullOrWhiteSpace(options.Value.EntraAudience);

    /// <summary>Null when the token is a valid admin token, otherwise why not (for the log, never the token).</summary>
    public async Task<string?> RefuseAsync(string token, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return "Entra tokens are not configured (Imports:EntraTenantId, Imports:EntraAudience)";
        }

        var settings = options.Value;
        var configuration = await metadata!.GetConfigurationAsync(cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = [configuration.Issuer, $"https://login.microsoftonline.com/{settings.EntraTenantId}/v2.0", $"https://sts.windows.net/{settings.EntraTenantId}/"],
            ValidAudiences = [settings.EntraAudience],
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateLifetime = true,
        });
        if (!result.IsValid)
        {
            return $"invalid Entra token ({result.Exception?.GetType().Name ?? "rejected"})";
        }

        return HasRole(result.Claims, settings.AdminRole) ? null : $"the Entra token lacks the {settings.AdminRole} role";
    }

    private static bool HasRole(IDictionary<string, object> claims, string role) =>
        claims.TryGetValue("roles", out var roles) && roles switch
        {
            string single => single == role,
            IEnumerable<object> many => many.Any(r => r?.ToString() == role),
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(r => r.GetString() == role),
            _ => false,
        };

    /// <summary>The metadata of <c>Imports:EntraTenantId</c>, fetched and refreshed by the standard manager.</summary>
    public static IConfigurationManager<OpenIdConnectConfiguration>? MetadataFor(ImportOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return string.IsNullOrWhiteSpace(settings.EntraTenantId)
            ? null
            : new ConfigurationManager<OpenIdConnectConfiguration>(
                $"https://login.microsoftonline.com/{settings.EntraTenantId}/v2.0/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = true });
    }
}
