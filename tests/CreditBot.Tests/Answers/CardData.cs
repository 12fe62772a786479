using System.Text.Json.Nodes;

namespace CreditBot.Tests.Answers;

/// <summary>Reading card data and expanded cards in tests.</summary>
public static class CardData
{
    /// <summary>The figure row of <paramref name="array"/> whose label is <paramref name="label"/>.</summary>
    public static JsonObject Row(JsonObject data, string array, string label) =>
        data[array]!.AsArray().Select(row => row!.AsObject()).Single(row => (string?)row["label"] == label);

    public static bool HasRow(JsonObject data, string array, string label) =>
        data[array]!.AsArray().Any(row => (string?)row!["label"] == label);

    public static string Value(JsonObject data, string array, string label) => (string)Row(data, array, label)["value"]!;

    public static IReadOnlyList<string> Texts(JsonObject data, string array) =>
        data[array]!.AsArray().Select(item => (string)item!["text"]!).ToList();

    /// <summary>Every string in an expanded card, to check what a reader sees.</summary>
    public static IReadOnlyList<string> Strings(JsonNode? node)
    {
        var found = new List<string>();
        Collect(node, found);
        return found;
    }

    /// <summary>Every object of <c>type</c> <paramref name="type"/> in an expanded card.</summary>
    public static IReadOnlyList<JsonObject> OfType(JsonNode? node, string type)
    {
        var found = new List<JsonObject>();
        Walk(node, found, type);
        return found;
    }

    private static void Collect(JsonNode? node, List<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, found);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, found);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                found.Add(text);
                break;
        }
    }

    private static void Walk(JsonNode? node, List<JsonObject> found, string type)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == type)
                {
                    found.Add(obj);
                }

                foreach (var (_, value) in obj)
                {
                    Walk(value, found, type);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, found, type);
                }

                break;
        }
    }
}
