using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>The Connector's answer to a create conversation.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>Id of the conversation (<c>a:…</c> for a 1:1 chat).</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Id of the first activity, when one was posted.</summary>
    [JsonPropertyName("activityId")] public string? ActivityId { get; set; }

    /// <summary>Service URL of the conversation, when the Connector gives one.</summary>
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
