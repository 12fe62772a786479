using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>
/// The <c>action</c> of an <c>adaptiveCard/action</c> invoke value: <c>Action.Execute</c> with its verb and data
/// (the card's data plus its inputs). Whatever the client sends: ids, amounts and rights are re-checked server-side.
/// </summary>
public sealed class AdaptiveCardAction
{
    /// <summary><c>Action.Execute</c>, or <c>Action.Submit</c> for a fallback click.</summary>
    [JsonPropertyName("type")] public string? Type { get; set; }

    /// <summary>The action's id in the card, if it has one.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>The verb, such as <c>client.pick</c>; may be missing (then it is looked for in <see cref="Data"/>).</summary>
    [JsonPropertyName("verb")] public string? Verb { get; set; }

    /// <summary>The action's data merged with the card's inputs.</summary>
    [JsonPropertyName("data")] public JsonElement? Data { get; set; }

    /// <summary>Every other field (title, ...), kept as received.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A text field of <see cref="Data"/>, or null when absent or not a string.</summary>
    public string? DataString(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Data is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}
