using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CreditBot.Delivery.Webhooks;

/// <summary>
/// How a webhook request proves it comes from CreditBot and was not replayed: header <see cref="Header"/> is
/// <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "&lt;t&gt;.&lt;body&gt;" with the shared secret&gt;</c>. The
/// receiver recomputes it over the raw body, compares in constant time and refuses a timestamp older than a few minutes.
/// The same event may arrive twice (a crash between the send and its record): <see cref="EventIdHeader"/> lets the
/// receiver ignore a repeat.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-CreditBot-Signature";
    public const string EventIdHeader = "X-CreditBot-Event-Id";

    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Mac(secret, timestamp, body)}";
    }

    /// <summary>True when <paramref name="header"/> signs <paramref name="body"/> with <paramref name="secret"/> within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        string? timestamp = null, mac = null;
        foreach (var part in (header ?? string.Empty).Split(','))
        {
            var pair = part.Trim().Split('=', 2);
            if (pair.Length == 2 && pair[0] == "t")
            {
                timestamp = pair[1];
            }
            else if (pair.Length == 2 && pair[0] == "v1")
            {
                mac = pair[1];
            }
        }

        if (timestamp is null || mac is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(secret, timestamp, body)), Encoding.ASCII.GetBytes(mac));
    }

    private static string Mac(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
}
