using System.Text.Json;
using CreditBot.BotFramework;

namespace CreditBot.Bot;

/// <summary>
/// Turns the answer to a card action into a chat message, for the <c>Action.Submit</c> fallback
/// path where there is no invoke response to carry it.
/// </summary>
public static class InvokeAnswer
{
    public static Activity? ToMessage(InvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Body is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || !body.TryGetProperty("value", out var value))
        {
            return null;
        }

        switch (type.GetString())
        {
            case Attachment.AdaptiveCardContentType when value.ValueKind == JsonValueKind.Object:
                var card = Activity.CreateMessage();
                card.Attachments = [Attachment.AdaptiveCard(RawJson.From(value))];
                return card;
            case "application/vnd.microsoft.activity.message" when value.ValueKind == JsonValueKind.String:
                return Activity.CreateMessage(value.GetString());
            default:
                return value.ValueKind == JsonValueKind.Object
                    && value.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                    ? Activity.CreateMessage(message.GetString())
                    : null;
        }
    }
}
