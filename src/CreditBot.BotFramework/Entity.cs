using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>An entity attached to an activity (<c>mention</c>, <c>clientInfo</c>, ...).</summary>
public sealed class Entity
{
    /// <summary>Entity type.</summary>
    [JsonPropertyName("type")] public string? Type { get; set; }

    /// <summary>For mentions: the account mentioned.</summary>
    [JsonPropertyName("mentioned")] public ChannelAccount? Mentioned { get; set; }

    /// <summary>For mentions: the text of the mention in the message (<c>&lt;at&gt;Name&lt;/at&gt;</c>).</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
