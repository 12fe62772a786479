using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>
/// An error body of the Connector: <c>{"error": {"code", "message", "subCode"?}}</c>; some answers put the fields,
/// or the Teams <c>subCode</c>, at the top level.
/// </summary>
public sealed class ConnectorErrorBody
{
    /// <summary>The documented wrapper.</summary>
    [JsonPropertyName("error")] public Detail? Error { get; set; }

    /// <summary>Error code, when given at the top level.</summary>
    [JsonPropertyName("code")] public string? Code { get; set; }

    /// <summary>Error message, when given at the top level.</summary>
    [JsonPropertyName("message")] public string? Message { get; set; }

    /// <summary>Teams sub-code, such as <c>MessageWritesBlocked</c>.</summary>
    [JsonPropertyName("subCode")] public string? SubCode { get; set; }

    /// <summary>The error as the client reports it.</summary>
    public ConnectorError ToError(System.Net.HttpStatusCode status) => Error is { } inner
        ? new ConnectorError(status, inner.Code, inner.Message, inner.SubCode ?? SubCode)
        : new ConnectorError(status, Code, Message, SubCode);

    /// <summary>The inner <c>error</c> object.</summary>
    public sealed class Detail
    {
        /// <summary>Error code, such as <c>ConversationBlockedByUser</c>.</summary>
        [JsonPropertyName("code")] public string? Code { get; set; }

        /// <summary>Error message.</summary>
        [JsonPropertyName("message")] public string? Message { get; set; }

        /// <summary>Teams sub-code.</summary>
        [JsonPropertyName("subCode")] public string? SubCode { get; set; }
    }
}
