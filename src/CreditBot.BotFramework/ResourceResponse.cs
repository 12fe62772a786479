using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>The Connector's answer to a send, reply or update: the message id.</summary>
public sealed class ResourceResponse
{
    /// <summary>Id of the activity (the message id to update or delete later).</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
