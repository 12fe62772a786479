using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;

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
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The card's JSON goes to the Bot Connector as it is written here, as UTF-8: no need to escape
        // non-ASCII text (€, accents) or characters that matter only inside HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The card for <paramref name="data"/>. The template is only read, never changed. The card is written
    /// straight to JSON (no tree of new nodes per answer), and that JSON is what the reply carries.
    /// </summary>
    public static RawJson Bind(JsonObject template, JsonNode? data) => Bind(Compile(template), data);

    /// <summary>The template turned once into write steps (names and fixed strings encoded), for many binds.</summary>
    public static CompiledTemplate Compile(JsonObject template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new CompiledTemplate(CompileObject(template));
    }

    public static RawJson Bind(CompiledTemplate template, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(template);
        var scope = new Scope(data, data, null);
        if (!template.Root.Included(scope))
        {
            throw new InvalidOperationException("The card template did not expand to an object.");
        }

        return RawJson.Write(WriterOptions, (Root: template.Root, Scope: scope), static (writer, bind) => bind.Root.Write(writer, bind.Scope));
    }

    /// <summary>Every <c>${...}</c> still in an expanded card: the unbound paths.</summary>
    public static IReadOnlyList<string> Leftovers(JsonNode? card)
    {
        var found = new List<string>();
        Collect(card, "$", found);
        return found;
    }

    private static Part Compile(JsonNode? node) => node switch
    {
        JsonObject obj => CompileObject(obj),
        JsonArray array => new ArrayPart([.. array.Select(CompileItem)]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() is var text && text.Contains("${", StringComparison.Ordinal)
            ? new TemplateStringPart(text)
            : new FixedStringPart(JsonEncodedText.Encode(text, WriterOptions.Encoder)),
        _ => new LiteralPart(node?.DeepClone()),
    };

    private static ObjectPart CompileObject(JsonObject obj)
    {
        var hasWhen = obj.TryGetPropertyValue("$when", out var when);
        var properties = obj
            .Where(p => p.Key is not ("$when" or "$data"))
            .Select(p => new PropertyPart(JsonEncodedText.Encode(p.Key, WriterOptions.Encoder), Compile(p.Value)))
            .ToArray();
        return new ObjectPart(hasWhen, when?.DeepClone(), properties);
    }

    private static ItemPart CompileItem(JsonNode? item)
    {
        if (item is JsonObject element && element.TryGetPropertyValue("$data", out var dataNode))
        {
            return new ItemPart(CompileObject(element), Repeated: true, dataNode?.DeepClone());
        }

        return new ItemPart(Compile(item), Repeated: false, null);
    }

    /// <summary>A template ready to bind, from <see cref="Compile(JsonObject)"/>; safe to share between threads.</summary>
    public sealed class CompiledTemplate
    {
        internal CompiledTemplate(ObjectPart root) => Root = root;

        internal ObjectPart Root { get; }
    }

    internal abstract class Part
    {
        public abstract void Write(Utf8JsonWriter writer, Scope scope);
    }

    /// <summary>An object: left out (with its property or array slot) when its <c>$when</c> is false.</summary>
    internal sealed class ObjectPart(bool hasWhen, JsonNode? when, PropertyPart[] properties) : Part
    {
        public bool Included(Scope scope) => !hasWhen || IsTrue(when, scope);

        public override void Write(Utf8JsonWriter writer, Scope scope)
        {
            writer.WriteStartObject();
            foreach (var property in properties)
            {
                if (property.Value is ObjectPart child && !child.Included(scope))
                {
                    continue;
                }

                writer.WritePropertyName(property.Name);
                property.Value.Write(writer, scope);
            }

            writer.WriteEndObject();
        }
    }

    internal sealed record PropertyPart(JsonEncodedText Name, Part Value);

    /// <summary>An array item; with <c>$data</c>, the object repeated for each item of the data (or once for an object).</summary>
    internal sealed record ItemPart(Part Part, bool Repeated, JsonNode? Data);

    internal sealed class ArrayPart(ItemPart[] items) : Part
    {
        public override void Write(Utf8JsonWriter writer, Scope scope)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                if (item.Repeated)
                {
                    var element = (ObjectPart)item.Part;
                    var bound = item.Data is JsonValue v && v.GetValueKind() == JsonValueKind.String
                        ? Evaluate(v.GetValue<string>(), scope)
                        : item.Data;
                    if (bound is JsonArray values)
                    {
                        for (var i = 0; i < values.Count; i++)
                        {
                            WriteIncluded(writer, element, new Scope(values[i], scope.Root, i));
                        }
                    }
                    else if (bound is not null)
                    {
                        WriteIncluded(writer, element, new Scope(bound, scope.Root, null));
                    }

                    continue;
                }

                if (item.Part is ObjectPart obj && !obj.Included(scope))
                {
                    continue;
                }

                item.Part.Write(writer, scope);
            }

            writer.WriteEndArray();
        }

        private static void WriteIncluded(Utf8JsonWriter writer, ObjectPart element, Scope scope)
        {
            if (element.Included(scope))
            {
                element.Write(writer, scope);
            }
        }
    }

    internal sealed class FixedStringPart(JsonEncodedText text) : Part
    {
        public override void Write(Utf8JsonWriter writer, Scope scope) => writer.WriteStringValue(text);
    }

    internal sealed class TemplateStringPart(string text) : Part
    {
        public override void Write(Utf8JsonWriter writer, Scope scope) => WriteString(writer, text, scope);
    }

    internal sealed class LiteralPart(JsonNode? node) : Part
    {
        public override void Write(Utf8JsonWriter writer, Scope scope)
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string text, Scope scope)
    {
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

    internal sealed record Scope(JsonNode? Data, JsonNode? Root, int? Index);
}
