using System.Text.Json;
using CreditBot.Ledger;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.MachineAccess;

/// <summary>
/// Entra ID access tokens for our API (<c>Imports:EntraAudience</c>) issued by our tenant (<c>Imports:EntraTenantId</c>),
/// signed with a key of the tenant's OpenID metadata, and carrying the app role a machine endpoint asks for
/// (administrators: <c>Imports:AdminRole</c>). Off while no tenant is configured.
/// </summary>
public sealed class EntraAdminTokens(IOptions<ImportOptions> options, IConfigurationManager<OpenIdConnectConfiguration>? metadata = null)
{
    /// <summary>Key of an optional keyed <c>IConfigurationManager&lt;OpenIdConnectConfiguration&gt;</c> replacing the tenant's metadata (tests).</summary>
    public const string MetadataKey = "imports-entra";

    private readonly JsonWebTokenHandler _handler = new();

    public bool Enabled => metadata is not null && !string.IsNullOrWhiteSpace(options.Value.EntraTenantId) && !string.IsNullOrWhiteSpace(options.Value.EntraAudience);

    /// <summary>The caller when the token is valid and has <paramref name="role"/>, otherwise why not (for the log, never the token).</summary>
    public async Task<MachineAccessCheck> CheckAsync(string token, string role, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return MachineAccessCheck.Refuse("Entra tokens are not configured (Imports:EntraTenantId, Imports:EntraAudience)");
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
            return MachineAccessCheck.Refuse($"invalid Entra token ({result.Exception?.GetType().Name ?? "rejected"})");
        }

        if (!HasRole(result.Claims, role))
        {
            return MachineAccessCheck.Refuse($"the Entra token lacks the {role} role");
        }

        // The calling application or user: the object id, else the client app id.
        var id = Claim(result.Claims, "oid") ?? Claim(result.Claims, "azp") ?? Claim(result.Claims, "appid") ?? "unknown";
        return MachineAccessCheck.Allow(new MachineCaller(MachineCaller.EntraKind, id));
    }

    private static string? Claim(IDictionary<string, object> claims, string name) =>
        claims.TryGetValue(name, out var value) && value?.ToString() is { Length: > 0 } text ? text : null;

    private static bool HasRole(IDictionary<string, object> claims, string role) =>
        claims.TryGetValue("roles", out var roles) && roles switch
        {
            string single => single == role,
            IEnumerable<object> many => many.Any(r => r?.ToString() == role),
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.String && r.GetString() == role),
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
