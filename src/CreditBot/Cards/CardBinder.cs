using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditBot.Cards;

/// <summary>
/// Expands an Adaptive Card template with data: the <c>${path}</c>, <c>$data</c> and
/// <c>$when</c> subset of Adaptive Card templating, with the official library's rules (a string
/// that is one expression keeps the value's type; an undefined path is kept verbatim). Paths are
/// dotted names with <c>$root</c>, <c>$data</c> and <c>$index</c>; <c>$when</c> takes a path or
/// <c>!path</c>. Labels and formatted figures arrive as data, so no functions are needed.
/// </summary>
public static class CardBinder
{
    public static JsonObject Bind(JsonObject template, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(template);
        var scope = new Scope(data, data, null);
        var result = BindNode(template, scope);
        return result as JsonObject ?? throw new InvalidOperationException("The card template did not expand to an object.");
    }

    /// <summary>Every <c>${...}</c> still in an expanded card: the unbound paths.</summary>
    public static IReadOnlyList<string> Leftovers(JsonNode? card)
    {
        var found = new List<string>();
        Collect(card, "$", found);
        return found;
    }

    private static JsonNode? BindNode(JsonNode? node, Scope scope) => node switch
    {
        JsonObject obj => BindObject(obj, scope),
        JsonArray array => BindArray(array, scope),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => BindString(value.GetValue<string>(), scope),
        _ => node?.DeepClone(),
    };

    private static JsonObject? BindObject(JsonObject obj, Scope scope)
    {
        if (obj.TryGetPropertyValue("$when", out var when) && !IsTrue(when, scope))
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var (name, value) in obj)
        {
            if (name is "$when" or "$data")
            {
                continue;
            }

            var bound = BindNode(value, scope);
            if (value is JsonObject && bound is null)
            {
                continue;
            }

            result[name] = bound;
        }

        return result;
    }

    private static JsonArray BindArray(JsonArray array, Scope scope)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is JsonObject element && element.TryGetPropertyValue("$data", out var dataNode))
            {
                var bound = dataNode is JsonValue v && v.GetValueKind() == JsonValueKind.String
                    ? Evaluate(v.GetValue<string>(), scope)
                    : dataNode;
                if (bound is JsonArray items)
                {
                    for (var i = 0; i < items.Count; i++)
                    {
                        Add(result, BindObject(element, new Scope(items[i], scope.Root, i)));
                    }
                }
                else if (bound is not null)
                {
                    Add(result, BindObject(element, new Scope(bound, scope.Root, null)));
                }

                continue;
            }

            var boundItem = BindNode(item, scope);
            if (item is JsonObject && boundItem is null)
            {
                continue;
            }

            result.Add(boundItem);
        }

        return result;
    }

    private static void Add(JsonArray array, JsonNode? node)
    {
        if (node is not null)
        {
            array.Add(node);
        }
    }

    private static JsonNode? BindString(string text, Scope scope)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return JsonValue.Create(text);
        }

        // A string that is exactly one expression keeps the type of its value.
        if (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}') && text.IndexOf('}', StringComparison.Ordinal) == text.Length - 1)
        {
            var value = Lookup(text[2..^1].Trim(), scope, out var found);
            return found ? value?.DeepClone() : JsonValue.Create(text);
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("${", position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (start < 0 || end < 0)
            {
                builder.Append(text, position, text.Length - position);
                break;
            }

            builder.Append(text, position, start - position);
            var value = Lookup(text[(start + 2)..end].Trim(), scope, out var found);
            builder.Append(found ? AsText(value) : text[start..(end + 1)]);
            position = end + 1;
        }

        return JsonValue.Create(builder.ToString());
    }

    private static JsonNode? Evaluate(string expression, Scope scope)
    {
        var trimmed = expression.Trim();
        if (trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}'))
        {
            trimmed = trimmed[2..^1].Trim();
        }

        return Lookup(trimmed, scope, out _);
    }

    private static bool IsTrue(JsonNode? when, Scope scope)
    {
        if (when is not JsonValue value)
        {
            return when is not null;
        }

        if (value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        var expression = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : string.Empty;
        if (expression.StartsWith("${", StringComparison.Ordinal) && expression.EndsWith('}'))
        {
            expression = expression[2..^1].Trim();
        }

        var negate = expression.StartsWith('!');
        var result = Truthy(Lookup(negate ? expression[1..].Trim() : expression, scope, out var found)) && found;
        return negate ? !result : result;
    }

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => false,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.Number => !decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number != 0m,
            _ => true,
        },
        _ => true,
    };

    private static JsonNode? Lookup(string path, Scope scope, out bool found)
    {
        found = false;
        if (path.Length == 0)
        {
            return null;
        }

        var parts = path.Split('.');
        JsonNode? current;
        var first = 1;
        switch (parts[0])
        {
            case "$root":
                current = scope.Root;
                break;
            case "$data":
                current = scope.Data;
                break;
            case "$index" when parts.Length == 1:
                found = scope.Index is not null;
                return scope.Index is { } index ? JsonValue.Create(index) : null;
            default:
                current = scope.Data;
                first = 0;
                break;
        }

        for (var i = first; i < parts.Length; i++)
        {
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(parts[i], out current))
            {
                return null;
            }
        }

        found = current is not null;
        return current;
    }

    private static string AsText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "false",
        _ => node.ToJsonString(),
    };

    private static void Collect(JsonNode? node, string path, List<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Collect(value, $"{path}.{name}", found);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}[{i}]", found);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>().Contains("${", StringComparison.Ordinal):
                found.Add($"{path}: {value.GetValue<string>()}");
                break;
        }
    }

    private sealed record Scope(JsonNode? Data, JsonNode? Root, int? Index);
}
