using System.ComponentModel.DataAnnotations;

namespace CreditBot.BotFramework;

/// <summary>
/// Settings of the Bot Framework protocol layer, bound from the <c>BotFramework</c> configuration
/// section and validated when the host starts.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>Name of the configuration section.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>Bot Framework channel token issuer.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>
    /// The bot's Microsoft App ID (a GUID): the audience of inbound tokens and the client id of
    /// outbound ones. Required unless local mode is on.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>Client secret of the app registration (from user secrets or the environment).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Entra tenant of the (single-tenant) bot: the authority of outbound tokens.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// Client id of a user-assigned managed identity to get outbound tokens with, instead of
    /// <see cref="ClientSecret"/>. Use <c>system</c> for the system-assigned identity.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Entra login host used as the authority of outbound tokens.</summary>
    [Required]
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of outbound Connector tokens.</summary>
    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// Local mode for the Teams emulator: no inbound token check, no outbound token, loopback service
    /// URLs only. Allowed only in the Development environment when the server listens on loopback
    /// addresses only (checked on the configured URLs and again on the bound addresses; an in-memory
    /// test server with no address is refused too).
    /// </summary>
    public bool DisableAuthentication { get; set; }

    /// <summary>Tenants the bot serves (the activity's tenant); empty means any tenant.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// Tenants whose Entra-issued tokens are accepted (the tenants Azure Bot Service signs from, plus
    /// <see cref="TenantId"/> which is always added).
    /// </summary>
    public IList<string> EntraTokenTenants { get; } = [];

    /// <summary>OpenID metadata of the Bot Framework channel tokens.</summary>
    [Required, Url]
    public string BotFrameworkOpenIdMetadataUrl { get; set; } =
        "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra-issued tokens (the multi-tenant <c>common</c> v2 document).</summary>
    [Required, Url]
    public string EntraOpenIdMetadataUrl { get; set; } =
        "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>How often the signing keys are refreshed; at most 24 hours.</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long one read of the OpenID metadata and its key set may take, at most 5 seconds: Teams
    /// gives up on a request after about 15, and a stalled key endpoint must not hold them all.
    /// </summary>
    public TimeSpan MetadataTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Smallest interval between two forced key refreshes (on an unknown key id).</summary>
    public TimeSpan MetadataMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long one turn (the handler's work for one inbound activity) may take: under the 15 s after which the
    /// Bot Service gives up on the bot (conformance §1.4).
    /// </summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(14);

    /// <summary>
    /// How long the replies of one turn may wait for the Connector, every attempt and retry included; then the reply
    /// is given up (and logged), so that the inbound request is still answered within <see cref="TurnTimeout"/> (which
    /// also bounds the replies, being the shorter when set below this).
    /// </summary>
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The Teams Connector hosts (conformance §2.5): the outbound token may always be sent to them
    /// (HTTPS on port 443 only), besides the service URLs a token's <c>serviceurl</c> claim vouched
    /// for; an activity with an Entra-issued token (no such claim) must come with a <c>serviceUrl</c>
    /// on one of them. Configured hosts are added to the defaults (the public, GCC and GCC High hosts).
    /// </summary>
    public IList<string> TrustedServiceUrlHosts { get; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
    ];

    /// <summary>Retries of a Connector call after 429, 412, 502, 503 or 504.</summary>
    [Range(0, 10)]
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>First back-off delay of Connector retries (exponential, with jitter).</summary>
    public TimeSpan ConnectorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single wait between Connector retries, <c>Retry-After</c> included.</summary>
    public TimeSpan ConnectorMaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one Connector HTTP attempt.</summary>
    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
