using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CreditBot.BotFramework;

/// <summary>
/// The hosts the bot's outbound token may be sent to: the origins of <c>serviceUrl</c>s learnt from
/// authenticated activities (the endpoint adds them) or from stored conversation references, and
/// the configured Teams hosts (<see cref="BotFrameworkOptions.TrustedServiceUrlHosts"/>, HTTPS only,
/// not in local mode).
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> origins = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> configuredHosts;
    private readonly bool localMode;

    /// <summary>Creates the set from the options.</summary>
    public TrustedServiceUrls(IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        configuredHosts = new HashSet<string>(options.Value.TrustedServiceUrlHosts, StringComparer.OrdinalIgnoreCase);
        localMode = options.Value.DisableAuthentication;
    }

    /// <summary>
    /// Trusts the origin of a <c>serviceUrl</c> taken from an authenticated activity or from a
    /// conversation reference stored from one. Returns false (and trusts nothing) for a URL that is
    /// not absolute HTTPS (plain HTTP on loopback only), or, in local mode, not loopback.
    /// </summary>
    public bool Trust(string serviceUrl)
    {
        if (!TryGetOrigin(serviceUrl, out var uri, out var origin) || (localMode && !uri.IsLoopback))
        {
            return false;
        }

        origins.TryAdd(origin, 0);
        return true;
    }

    /// <summary>
    /// Trusts the service URLs of stored conversation references (call at start), those whose
    /// <see cref="ConversationReference.ServiceUrlVouched"/> is set only: a reference stored from an
    /// activity nobody vouched for must not open a host to the token after a restart.
    /// </summary>
    public void Trust(IEnumerable<ConversationReference> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        foreach (var reference in references)
        {
            if (reference.ServiceUrlVouched)
            {
                Trust(reference.ServiceUrl);
            }
        }
    }

    /// <summary>
    /// True when the service URL is on a configured Teams host (HTTPS, port 443, not in local mode):
    /// the only addresses an activity may bring without a <c>serviceurl</c> claim vouching for them.
    /// </summary>
    public bool IsTeamsHost(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsTeamsHost(uri);

    /// <summary>True when the bot token may be sent to this address.</summary>
    public bool IsTrusted(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri)
        {
            return false;
        }

        return IsTeamsHost(address) || origins.ContainsKey(address.GetLeftPart(UriPartial.Authority));
    }

    // In local mode only the loopback emulator is a Connector.
    private bool IsTeamsHost(Uri address) =>
        !localMode
        && address.IsAbsoluteUri
        && address.Scheme == Uri.UriSchemeHttps
        && address.IsDefaultPort
        && string.IsNullOrEmpty(address.UserInfo)
        && configuredHosts.Contains(address.IdnHost);

    /// <summary>True when the bot token may be sent to this service URL.</summary>
    public bool IsTrusted(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsTrusted(uri);

    private static bool TryGetOrigin(string? serviceUrl, out Uri uri, out string origin)
    {
        origin = string.Empty;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out uri!)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        origin = uri.GetLeftPart(UriPartial.Authority);
        return true;
    }
}
