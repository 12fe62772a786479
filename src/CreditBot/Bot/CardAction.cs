using System.Globalization;
using System.Text.Json;
using CreditBot.BotFramework;

namespace CreditBot.Bot;

/// <summary>A click on a card: the activity it came in, its verb, its data (ids and inputs), the turn's culture.</summary>
public sealed record CardAction(Activity Activity, string Verb, JsonElement Data, CultureInfo Culture);
