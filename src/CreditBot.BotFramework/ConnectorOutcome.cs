using System.Net;

namespace CreditBot.BotFramework;

/// <summary>
/// Result of a Connector call. The expected refusals — the user blocked the bot, the bot is not in
/// the conversation, the conversation or message is gone — are values, not exceptions; other
/// failures throw <see cref="ConnectorException"/>.
/// </summary>
/// <typeparam name="T">What a successful call returns.</typeparam>
public abstract record ConnectorOutcome<T>
{
    private ConnectorOutcome()
    {
    }

    /// <summary>The call succeeded.</summary>
    /// <param name="Value">The Connector's answer.</param>
    public sealed record Succeeded(T Value) : ConnectorOutcome<T>;

    /// <summary>403 <c>ConversationBlockedByUser</c>: the user blocked or removed the bot; drop the reference.</summary>
    /// <param name="Error">The Connector's error.</param>
    public sealed record BlockedByUser(ConnectorError Error) : ConnectorOutcome<T>;

    /// <summary>403 <c>BotNotInConversationRoster</c>: the bot is not (any more) in the conversation.</summary>
    /// <param name="Error">The Connector's error.</param>
    public sealed record NotInConversation(ConnectorError Error) : ConnectorOutcome<T>;

    /// <summary>404: the conversation or message is gone.</summary>
    /// <param name="Error">The Connector's error.</param>
    public sealed record NotFound(ConnectorError Error) : ConnectorOutcome<T>;
}

/// <summary>An error answered by the Connector (<c>{"error": {"code", "message"}}</c>).</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Code">Error code, such as <c>ConversationBlockedByUser</c>.</param>
/// <param name="Message">Error message.</param>
/// <param name="SubCode">Teams sub-code, such as <c>MessageWritesBlocked</c>, when given.</param>
public sealed record ConnectorError(HttpStatusCode Status, string? Code, string? Message, string? SubCode = null)
{
    /// <summary>The answer's <c>Retry-After</c> (429, 503), when it had one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>Answer of a call that returns nothing (delete).</summary>
public sealed record NoContent
{
    /// <summary>The one value.</summary>
    public static NoContent Value { get; } = new();
}
