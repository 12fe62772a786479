using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    /// <summary>Channel id of the account (<c>29:…</c> user, <c>28:…</c> bot in Teams).</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Entra object id: the stable identity of a person.</summary>
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }

    /// <summary>Role: <c>user</c> or <c>bot</c>.</summary>
    [JsonPropertyName("role")] public string? Role { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
