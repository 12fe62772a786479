using System.Globalization;
using System.Net;
using CreditBot.BotFramework;

namespace CreditBot.Delivery;

/// <summary>What one delivery attempt came to.</summary>
public abstract record AttemptResult
{
    private AttemptResult()
    {
    }

    /// <summary>Sent: the Connector's message id, and the conversation it went to (for the posted-card register).</summary>
    public sealed record Delivered(string? ActivityId, ConversationReference Reference) : AttemptResult
    {
        public string ConversationId => Reference.ConversationId;
    }

    /// <summary>A webhook's receiver answered 2xx with this status: sent (there is no message id to keep).</summary>
    public sealed record Acknowledged(int Status) : AttemptResult;

    /// <summary>Never retried (conformance §2.3).</summary>
    public sealed record Terminal(OutboxStatus Status, string Error) : AttemptResult;

    /// <summary>Worth another try: after <paramref name="After"/> if the answer said so, else after a back-off.</summary>
    public sealed record Retry(string Error, TimeSpan? After, bool Throttled) : AttemptResult;

    /// <summary>
    /// Nothing was sent: no address this bot may use reaches the person yet (local mode before their first message).
    /// Looked at again after <paramref name="After"/>, without counting an attempt, until the wait limit.
    /// </summary>
    public sealed record Waiting(string Reason, TimeSpan After) : AttemptResult;

    /// <summary>Conformance §2.3: what the Connector's refusal means for the message.</summary>
    public static AttemptResult Of(ConnectorError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = Describe(error);
        return error.Status switch
        {
            HttpStatusCode.TooManyRequests => new Retry(text, error.RetryAfter, Throttled: true),
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                => new Retry(text, error.RetryAfter, Throttled: false),
            HttpStatusCode.NotFound => new Terminal(OutboxStatus.ConversationGone, text),
            HttpStatusCode.Forbidden when Is(error, "ConversationBlockedByUser") || Is(error, "MessageWritesBlocked")
                => new Terminal(OutboxStatus.BlockedByUser, text),
            HttpStatusCode.Forbidden when Is(error, "BotDisabledByAdmin") => new Terminal(OutboxStatus.BotDisabled, text),
            HttpStatusCode.Forbidden when Is(error, "BotNotInConversationRoster") => new Terminal(OutboxStatus.NotInstalled, text),
            _ => new Terminal(OutboxStatus.Rejected, text),
        };
    }

    public static string Describe(ConnectorError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = ((int)error.Status).ToString(CultureInfo.InvariantCulture);
        var code = error.SubCode ?? error.Code;
        return string.IsNullOrEmpty(code) ? status : status + " " + code;
    }

    private static bool Is(ConnectorError error, string code) =>
        string.Equals(error.Code, code, StringComparison.OrdinalIgnoreCase) || string.Equals(error.SubCode, code, StringComparison.OrdinalIgnoreCase);
}
