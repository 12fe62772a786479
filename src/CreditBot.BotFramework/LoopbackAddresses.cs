using System.Net;

namespace CreditBot.BotFramework;

/// <summary>Tells loopback listen addresses and URLs from the rest.</summary>
internal static class LoopbackAddresses
{
    /// <summary>
    /// True when a Kestrel address (<c>http://127.0.0.1:5000</c>, <c>http://localhost:0</c>,
    /// <c>http://[::1]:80</c>) binds loopback only; wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>) do not.
    /// </summary>
    public static bool IsLoopbackUrl(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return false;
        }

        var rest = address[(schemeEnd + 3)..];
        var pathStart = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = pathStart >= 0 ? rest[..pathStart] : rest;
        string host;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            host = close > 0 ? authority[1..close] : authority;
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon >= 0 ? authority[..colon] : authority;
        }

        return IsLoopbackHost(host);
    }

    /// <summary>True for <c>localhost</c> and loopback IP addresses.</summary>
    public static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
