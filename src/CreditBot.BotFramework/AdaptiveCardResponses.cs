using System.Text.Json;

namespace CreditBot.BotFramework;

/// <summary>
/// Invoke responses for <c>adaptiveCard/action</c> (conformance §3.6): HTTP 200 whenever the bot
/// handled the invoke, with <c>{"statusCode", "type", "value"}</c> saying what the client shows.
/// </summary>
public static class AdaptiveCardResponses
{
    /// <summary>Type of a card answer.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Type of a text answer.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Type of an error answer.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Shows <paramref name="card"/> (an Adaptive Card object) in place of the clicked card.</summary>
    public static InvokeResponse Card(JsonElement card)
    {
        if (card.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("An Adaptive Card must be a JSON object.", nameof(card));
        }

        return Build(200, CardType, writer => card.WriteTo(writer));
    }

    /// <summary>Shows a text to the user; the card stays as it is.</summary>
    public static InvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Build(200, MessageType, writer => writer.WriteStringValue(text));
    }

    /// <summary>An error the user sees: <paramref name="statusCode"/> 400 (bad request) or 500 (failure).</summary>
    public static InvokeResponse Error(int statusCode, string code, string message)
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An error status is 400 to 599.");
        }

        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        return Build(statusCode, ErrorType, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });
    }

    /// <summary>A 400 error: the request was not understood (unknown verb, bad data).</summary>
    public static InvokeResponse BadRequest(string code, string message) => Error(400, code, message);

    /// <summary>A 500 error: the bot failed.</summary>
    public static InvokeResponse ServerError(string code, string message) => Error(500, code, message);

    private static InvokeResponse Build(int statusCode, string type, Action<Utf8JsonWriter> writeValue)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", statusCode);
            writer.WriteString("type", type);
            writer.WritePropertyName("value");
            writeValue(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return new InvokeResponse(200, document.RootElement.Clone());
    }
}
