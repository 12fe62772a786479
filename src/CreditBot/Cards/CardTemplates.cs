using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditBot.Cards;

/// <summary>The card templates embedded from the top-level <c>cards/</c> folder.</summary>
public static class CardTemplates
{
    private static readonly ConcurrentDictionary<string, JsonObject> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, CardBinder.CompiledTemplate> Compiled = new(StringComparer.Ordinal);

    /// <summary>Names of every embedded template, such as <c>help</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(CardTemplates).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith("cards/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n["cards/".Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>A fresh copy of the template, safe to modify.</summary>
    public static JsonObject Get(string name) =>
        (JsonObject)Cache.GetOrAdd(name, Load).DeepClone();

    /// <summary>
    /// The template expanded with <paramref name="data"/>, from the template compiled once (the binder only
    /// reads it, so every answer shares it).
    /// </summary>
    public static JsonObject Bind(string name, JsonNode? data) =>
        CardBinder.Bind(Compiled.GetOrAdd(name, static n => CardBinder.Compile(Cache.GetOrAdd(n, Load))), data);

    private static JsonNode? Materialize(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Materialize(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Materialize)]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(value.GetValue<string>()),
        _ => node?.DeepClone(),
    };

    private static JsonObject Load(string name)
    {
        using var stream = typeof(CardTemplates).Assembly.GetManifestResourceStream($"cards/{name}.json")
            ?? throw new KeyNotFoundException($"No card template named '{name}' is embedded (cards/{name}.json).");
        var parsed = JsonNode.Parse(stream) as JsonObject
            ?? throw new InvalidDataException($"cards/{name}.json is not a JSON object.");

        // A parsed node reads its JSON lazily, on first access, and decodes a string from UTF-8 on every read:
        // the cached template is built whole, with plain strings, so threads can share it for reading.
        return (JsonObject)Materialize(parsed)!;
    }
}
