using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditBot.Cards;

/// <summary>The text a card shows (text blocks, facts, button titles), top to bottom, for the command line and logs-free checks.</summary>
public static class CardText
{
    public static string Of(JsonNode? card) => string.Join(Environment.NewLine, Lines(card));

    public static IEnumerable<string> Lines(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.TryGetPropertyValue("type", out var type) && (string?)type is "Fact")
                {
                    yield return $"{(string?)obj["title"]}: {(string?)obj["value"]}";
                    yield break;
                }

                foreach (var (name, value) in obj)
                {
                    if (name is "data" or "selectAction" or "fallback" or "$schema" or "msteams")
                    {
                        continue;
                    }

                    if (name is "text" or "title" && value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        yield return v.GetValue<string>();
                    }
                    else if (value is JsonObject or JsonArray)
                    {
                        foreach (var line in Lines(value))
                        {
                            yield return line;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var line in array.SelectMany(Lines))
                {
                    yield return line;
                }

                break;
        }
    }
}
