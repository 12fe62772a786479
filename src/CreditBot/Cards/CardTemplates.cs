using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;

namespace CreditBot.Cards;

/// <summary>The card templates embedded from the top-level <c>cards/</c> folder.</summary>
public static class CardTemplates
{
    private static readonly ConcurrentDictionary<string, CardBinder.CompiledTemplate> Compiled = new(StringComparer.Ordinal);

    /// <summary>Names of every embedded template, such as <c>help</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(CardTemplates).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith("cards/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n["cards/".Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The template expanded with <paramref name="data"/>, from the template compiled once: the compiled steps
    /// hold their own copies of what they keep and are only read, so every answer shares them.
    /// </summary>
    public static RawJson Bind(string name, JsonNode? data) =>
        CardBinder.Bind(Compiled.GetOrAdd(name, static n => CardBinder.Compile(Load(n))), data);

    private static JsonObject Load(string name)
    {
        using var stream = typeof(CardTemplates).Assembly.GetManifestResourceStream($"cards/{name}.json")
            ?? throw new KeyNotFoundException($"No card template named '{name}' is embedded (cards/{name}.json).");
        return JsonNode.Parse(stream) as JsonObject
            ?? throw new InvalidDataException($"cards/{name}.json is not a JSON object.");
    }
}
