using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>
/// The <c>value</c> of an <c>adaptiveCard/action</c> invoke (conformance §3.6):
/// <c>{ action: { type, id?, verb?, data }, trigger: "manual" | "automatic" }</c>.
/// <see cref="Read"/> also maps the <c>Action.Submit</c> fallback (a message whose value is the data, verb included)
/// to the same shape, so one handler serves both paths.
/// </summary>
public sealed class AdaptiveCardInvokeValue
{
    /// <summary>Name of the invoke carrying this value.</summary>
    public const string InvokeName = "adaptiveCard/action";

    /// <summary>Type of an <c>Action.Execute</c> action.</summary>
    public const string ExecuteType = "Action.Execute";

    /// <summary>Type of an <c>Action.Submit</c> action (the fallback of older clients).</summary>
    public const string SubmitType = "Action.Submit";

    /// <summary>The action clicked or refreshed.</summary>
    [JsonPropertyName("action")] public AdaptiveCardAction? Action { get; set; }

    /// <summary><c>manual</c> (a click) or <c>automatic</c> (a refresh); see <see cref="TriggerKind"/>.</summary>
    [JsonPropertyName("trigger")] public string? Trigger { get; set; }

    /// <summary>Every other field, kept as received.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary><see cref="CardActionTrigger.Automatic"/> for <c>trigger: automatic</c>; anything else is a manual action.</summary>
    [JsonIgnore]
    public CardActionTrigger TriggerKind =>
        string.Equals(Trigger, "automatic", StringComparison.OrdinalIgnoreCase) ? CardActionTrigger.Automatic : CardActionTrigger.Manual;

    /// <summary>The verb: the action's, else a <c>verb</c> field of its data (how the <c>Action.Submit</c> fallback carries it).</summary>
    [JsonIgnore]
    public string? Verb => Action?.Verb is { Length: > 0 } verb ? verb : Action?.DataString("verb");

    /// <summary>True when this came from an <c>Action.Submit</c> message rather than an invoke.</summary>
    [JsonIgnore]
    public bool IsSubmitFallback => string.Equals(Action?.Type, SubmitType, StringComparison.Ordinal);

    /// <summary>
    /// The card action an activity carries: an <c>adaptiveCard/action</c> invoke's value, or a message's
    /// object <c>value</c> (the <c>Action.Submit</c> fallback: data and inputs, verb included). Null when the
    /// activity carries none, or the value has the wrong shape.
    /// </summary>
    public static AdaptiveCardInvokeValue? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            if (!string.Equals(activity.Name, InvokeName, StringComparison.Ordinal))
            {
                return null;
            }

            try
            {
                return value.Deserialize(BotJsonContext.Default.AdaptiveCardInvokeValue);
            }
            catch (JsonException)
            {
                // A field of the wrong type (a numeric verb, an array for an action): not a card action we can read.
                return null;
            }
        }

        return string.Equals(activity.Type, ActivityTypes.Message, StringComparison.Ordinal)
            ? new AdaptiveCardInvokeValue { Action = new AdaptiveCardAction { Type = SubmitType, Data = value }, Trigger = "manual" }
            : null;
    }
}
