using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CreditBot.BotFramework;

/// <summary>
/// Authenticates inbound requests in the order of conformance §1.2: the bearer token first
/// (<see cref="ValidateTokenAsync"/>: scheme, RS256, key by issuer, issuer, audience, lifetime,
/// Entra tenant), then what ties the token to the activity (<see cref="AuthorizeActivity"/>:
/// endorsement, <c>serviceurl</c>, tenant allow-list).
/// </summary>
internal sealed partial class BotAuthentication(
    IOptions<BotFrameworkOptions> options, OpenIdMetadata metadata, TrustedServiceUrls trusted, ILogger<BotAuthentication> logger)
{
    private const string BearerPrefix = "Bearer ";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly JsonWebTokenHandler TokenHandler = new() { MapInboundClaims = false };

    /// <summary>Validates the token of an <c>Authorization</c> header (steps 1–6 and 9).</summary>
    public async Task<TokenValidation> ValidateTokenAsync(StringValues authorization, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (authorization.Count != 1 || string.IsNullOrEmpty(authorization[0]))
        {
            return Reject(authorization.Count == 0 ? "no Authorization header" : "several Authorization headers");
        }

        var header = authorization[0]!;
        if (!header.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return Reject("scheme is not Bearer");
        }

        var token = header[BearerPrefix.Length..];
        if (token.Length == 0 || token.Any(c => char.IsWhiteSpace(c) || c == ','))
        {
            return Reject("not exactly one token");
        }

        JsonWebToken jwt;
        try
        {
            jwt = TokenHandler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Reject("malformed token");
        }

        if (jwt.IsEncrypted || !string.Equals(jwt.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return Reject("algorithm is not RS256");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return Reject("no key id");
        }

        var issuer = jwt.Issuer;
        TokenSource source;
        string? issuerTenant = null;
        if (string.Equals(issuer, BotFrameworkOptions.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            source = TokenSource.BotFramework;
        }
        else if (TryReadEntraTenant(issuer, out var tenant))
        {
            if (!AcceptsEntraTenant(settings, tenant))
            {
                return Reject("Entra issuer tenant not accepted");
            }

            source = TokenSource.Entra;
            issuerTenant = tenant;
        }
        else
        {
            return Reject("unknown issuer");
        }

        SigningKey? key;
        try
        {
            key = await metadata.FindKeyAsync(source, jwt.Kid, cancellationToken);
        }
        catch (SigningKeysUnavailableException)
        {
            // The read that failed was logged once by OpenIdMetadata; every request it fails is not.
            logger.SigningKeysUnavailable(source);
            return new TokenValidation.Unavailable();
        }

        if (key is null)
        {
            return Reject("unknown signing key");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidateIssuer = true,
            ValidAudience = settings.AppId,
            ValidateAudience = true,
            IssuerSigningKey = key.Key,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
        };
        var result = await TokenHandler.ValidateTokenAsync(jwt, parameters);
        if (!result.IsValid)
        {
            return Reject(result.Exception?.GetType().Name ?? "invalid token");
        }

        if (source == TokenSource.Entra)
        {
            // Step 9: the tenant claim must be the issuer's tenant, and a key bound to an issuer must match it.
            var tid = jwt.TryGetPayloadValue<string>("tid", out var value) ? value : null;
            if (!string.Equals(tid, issuerTenant, StringComparison.OrdinalIgnoreCase))
            {
                return Reject("tid does not match the issuer");
            }

            if (key.Issuer is not null
                && !string.Equals(key.Issuer.Replace("{tenantid}", tid, StringComparison.OrdinalIgnoreCase), issuer, StringComparison.Ordinal)
                && !IsV1IssuerOfV2Key(key.Issuer, issuer, tid))
            {
                return Reject("signing key not bound to this issuer");
            }
        }

        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        return new TokenValidation.Valid(source, jwt.Kid, key.Endorsements, serviceUrl);
    }

    /// <summary>Checks what ties a valid token to the activity it came with (steps 7, 8 and 10).</summary>
    public ActivityAuthorization AuthorizeActivity(TokenValidation.Valid token, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        if (token.Source == TokenSource.BotFramework)
        {
            if (string.IsNullOrEmpty(activity.ChannelId)
                || !token.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
            {
                return Forbid("signing key does not endorse the channel");
            }

            if (token.ServiceUrl is null)
            {
                return Unauthorized("no serviceurl claim");
            }
        }

        if (token.ServiceUrl is not null
            && !string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized("serviceurl claim does not match the activity");
        }

        // Entra-issued tokens carry no serviceurl claim: nothing vouches for the activity's address, so
        // only a configured Teams host may be answered (conformance §2.1), else the token could go anywhere.
        if (token.ServiceUrl is null && !trusted.IsTeamsHost(activity.ServiceUrl))
        {
            return Unauthorized("no serviceurl claim and the serviceUrl is not a configured Teams host");
        }

        return CheckTenant(activity);
    }

    /// <summary>Step 10, also applied in local mode: the activity's tenant is one the bot serves.</summary>
    public ActivityAuthorization CheckTenant(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var allowed = options.Value.AllowedTenants;
        if (allowed.Count > 0
            && (activity.TenantId is not { } tenant || !allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
        {
            return Forbid("tenant not allowed");
        }

        return ActivityAuthorization.Allowed;
    }

    private static bool AcceptsEntraTenant(BotFrameworkOptions settings, string tenant) =>
        settings.EntraTokenTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)
        || string.Equals(settings.TenantId, tenant, StringComparison.OrdinalIgnoreCase);

    private static bool TryReadEntraTenant(string issuer, out string tenant)
    {
        var match = EntraIssuer().Match(issuer);
        tenant = match.Success ? (match.Groups["v1"].Success ? match.Groups["v1"].Value : match.Groups["v2"].Value) : string.Empty;
        return match.Success;
    }

    // Entra's common key document binds keys to the v2 issuer; v1 tokens of the same tenant use the same keys.
    private static bool IsV1IssuerOfV2Key(string keyIssuer, string issuer, string? tid) =>
        tid is not null
        && keyIssuer.Contains("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase)
        && string.Equals(issuer, $"https://sts.windows.net/{tid}/", StringComparison.Ordinal);

    private TokenValidation.Invalid Reject(string reason)
    {
        logger.TokenRejected(reason);
        return new TokenValidation.Invalid(reason);
    }

    private ActivityAuthorization Forbid(string reason)
    {
        logger.ActivityRefused(reason);
        return new ActivityAuthorization(403, reason);
    }

    private ActivityAuthorization Unauthorized(string reason)
    {
        logger.ActivityRefused(reason);
        return new ActivityAuthorization(401, reason);
    }

    [GeneratedRegex(@"^(?:https://sts\.windows\.net/(?<v1>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/|https://login\.microsoftonline\.com/(?<v2>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/v2\.0)$", RegexOptions.CultureInvariant)]
    private static partial Regex EntraIssuer();
}

/// <summary>Outcome of the token check.</summary>
internal abstract record TokenValidation
{
    private TokenValidation()
    {
    }

    /// <summary>The token is valid.</summary>
    public sealed record Valid(TokenSource Source, string KeyId, IReadOnlyList<string> Endorsements, string? ServiceUrl) : TokenValidation;

    /// <summary>The token is missing or invalid: 401.</summary>
    public sealed record Invalid(string Reason) : TokenValidation;

    /// <summary>The signing keys could not be read, so the token cannot be checked: 503.</summary>
    public sealed record Unavailable : TokenValidation;
}

/// <summary>Outcome of the activity checks: <see cref="Status"/> 0 when allowed, else 401 or 403.</summary>
internal sealed record ActivityAuthorization(int Status, string? Reason)
{
    public static ActivityAuthorization Allowed { get; } = new(0, null);

    public bool IsAllowed => Status == 0;
}
