using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>
/// A JSON value kept as the UTF-8 text it was written as, and copied as it is into the activity that carries it.
/// A card the bot builds is written once, checked once, and sent without being parsed into a tree and written again.
/// Immutable: <see cref="ToNode"/> gives a fresh tree to read or change.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson
{
    // One growing buffer per thread for Write; taken while in use, so that a nested Write gets its own.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private readonly byte[] _utf8;

    private RawJson(byte[] utf8) => _utf8 = utf8;

    /// <summary>The JSON text, UTF-8, exactly as written.</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>
    /// The value that <paramref name="write"/> writes. The writer checks the JSON as it is written (structure
    /// validation cannot be turned off here), so the text is not read again.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing, or an unfinished value, was written.</exception>
    public static RawJson Write<TState>(JsonWriterOptions options, TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        options.SkipValidation = false;
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        t_buffer = null;
        try
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                write(writer, state);
                if (writer.BytesPending + writer.BytesCommitted == 0 || writer.CurrentDepth != 0)
                {
                    throw new InvalidOperationException("No complete JSON value was written.");
                }
            }

            return new RawJson(buffer.WrittenSpan.ToArray());
        }
        finally
        {
            t_buffer = buffer;
        }
    }

    /// <summary>The JSON of <paramref name="element"/>.</summary>
    public static RawJson From(JsonElement element) =>
        new(JsonSerializer.SerializeToUtf8Bytes(element, BotJsonContext.Default.JsonElement));

    /// <summary>A fresh tree of the value, safe to change (the raw text stays as it is).</summary>
    public JsonNode ToNode() => JsonNode.Parse(_utf8) ?? throw new InvalidOperationException("The JSON value is null.");

    /// <summary>The value as an element that owns its own copy.</summary>
    public JsonElement ToElement()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.Clone();
    }

    /// <summary>The JSON text.</summary>
    public override string ToString() => Encoding.UTF8.GetString(_utf8);

    /// <summary>Reads any JSON value; writes the kept text as it is (it was checked when it was made).</summary>
    internal sealed class RawJsonConverter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return From(document.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            writer.WriteRawValue(value._utf8, skipInputValidation: true);
        }
    }
}
