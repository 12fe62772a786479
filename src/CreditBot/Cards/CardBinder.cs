using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
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
    // One growing buffer per thread: binding does not await, and the parsed card owns a copy of the bytes.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The card is parsed back at once and written again, escaped, with the outgoing activity.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The card for <paramref name="data"/>. The template is only read, never changed, so one copy can serve
    /// every thread. The card is written straight to JSON (no tree of new nodes per answer) and read back as
    /// a node whose JSON is copied as it is when the reply is sent.
    /// </summary>
    public static JsonObject Bind(JsonObject template, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(template);
        var scope = new Scope(data, data, null);
        if (!Included(template, scope))
        {
            throw new InvalidOperationException("The card template did not expand to an object.");
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteObject(writer, template, scope);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    /// <summary>Every <c>${...}</c> still in an expanded card: the unbound paths.</summary>
    public static IReadOnlyList<string> Leftovers(JsonNode? card)
    {
        var found = new List<string>();
        Collect(card, "$", found);
        return found;
    }

    /// <summary>An object whose <c>$when</c> is false is left out, with its property or array slot.</summary>
    private static bool Included(JsonObject obj, Scope scope) =>
        !obj.TryGetPropertyValue("$when", out var when) || IsTrue(when, scope);

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, Scope scope)
    {
        switch (node)
        {
            case JsonObject obj:
                WriteObject(writer, obj, scope);
                break;
            case JsonArray array:
                WriteArray(writer, array, scope);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                WriteString(writer, value.GetValue<string>(), scope);
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    /// <summary>Writes an object already known to be included; <c>$when</c> and <c>$data</c> are not copied.</summary>
    private static void WriteObject(Utf8JsonWriter writer, JsonObject obj, Scope scope)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in obj)
        {
            if (name is "$when" or "$data" || (value is JsonObject child && !Included(child, scope)))
            {
                continue;
            }

            writer.WritePropertyName(name);
            WriteNode(writer, value, scope);
        }

        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, JsonArray array, Scope scope)
    {
        writer.WriteStartArray();
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
                        WriteRepeated(writer, element, new Scope(items[i], scope.Root, i));
                    }
                }
                else if (bound is not null)
                {
                    WriteRepeated(writer, element, new Scope(bound, scope.Root, null));
                }

                continue;
            }

            if (item is JsonObject obj && !Included(obj, scope))
            {
                continue;
            }

            WriteNode(writer, item, scope);
        }

        writer.WriteEndArray();
    }

    private static void WriteRepeated(Utf8JsonWriter writer, JsonObject element, Scope scope)
    {
        if (Included(element, scope))
        {
            WriteObject(writer, element, scope);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string text, Scope scope)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            writer.WriteStringValue(text);
            return;
        }

        // A string that is exactly one expression keeps the type of its value.
        if (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}') && text.IndexOf('}', StringComparison.Ordinal) == text.Length - 1)
        {
            var value = Lookup(text[2..^1].Trim(), scope, out var found);
            if (found)
            {
                // Copied as it is: strings from the data are not templates.
                value!.WriteTo(writer);
            }
            else
            {
                writer.WriteStringValue(text);
            }

            return;
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

        writer.WriteStringValue(builder.ToString());
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
