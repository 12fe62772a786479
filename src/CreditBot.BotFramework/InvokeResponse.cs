using System.Text.Json;

namespace CreditBot.BotFramework;

/// <summary>HTTP status and JSON body answered to an <c>invoke</c> activity.</summary>
/// <param name="Status">HTTP status of the POST (200 when the bot handled the invoke).</param>
/// <param name="Body">JSON body, or null for none.</param>
public sealed record InvokeResponse(int Status, JsonElement? Body);
