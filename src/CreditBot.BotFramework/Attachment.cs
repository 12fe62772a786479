using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>An attachment, usually an Adaptive Card.</summary>
public sealed class Attachment
{
    /// <summary>Content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>MIME type of the content.</summary>
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }

    /// <summary>
    /// Inline content (the card object), kept as its JSON text: a card built by the bot goes into the outgoing
    /// activity as it was written, without being parsed and written again.
    /// </summary>
    [JsonPropertyName("content")] public RawJson? Content { get; set; }

    /// <summary>Link to the content.</summary>
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }

    /// <summary>Name of the attachment.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Wraps an Adaptive Card object in an attachment.</summary>
    public static Attachment AdaptiveCard(RawJson card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}
