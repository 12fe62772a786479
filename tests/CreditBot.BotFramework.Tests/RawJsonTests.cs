using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditBot.BotFramework.Tests;

public sealed class RawJsonTests
{
    [Fact]
    public void A_card_goes_into_the_outgoing_activity_byte_for_byte()
    {
        var relaxed = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var card = RawJson.Write(relaxed, """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"12 345,67 € — l'encours"}]}""", static (writer, text) => JsonNode.Parse(text)!.WriteTo(writer));
        var reply = Activity.CreateMessage();
        reply.Attachments = [Attachment.AdaptiveCard(card)];

        var written = JsonSerializer.SerializeToUtf8Bytes(reply, BotJsonContext.Default.Activity);

        Assert.True(written.AsSpan().IndexOf(card.Utf8.Span) >= 0, Encoding.UTF8.GetString(written));
        var parsed = JsonNode.Parse(written)!;
        Assert.True(JsonNode.DeepEquals(card.ToNode(), parsed["attachments"]![0]!["content"]));
        Assert.Equal("12 345,67 € — l'encours", (string?)parsed["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public void An_inbound_attachment_is_read_and_written_back_unchanged()
    {
        const string Json = """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"a\"b\u00e9"}],"n":1.50}}]}""";

        var activity = JsonSerializer.Deserialize(Json, BotJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonNode.Parse(written)), written);
        Assert.Equal("a\"bé", (string?)activity.Attachments![0].Content!.ToNode()["body"]![0]!["text"]);
    }

    [Fact]
    public void The_tree_it_gives_is_a_copy_that_leaves_the_text_unchanged()
    {
        using var document = JsonDocument.Parse("""{"type":"AdaptiveCard","body":[]}""");
        var raw = RawJson.From(document.RootElement);

        var node = raw.ToNode();
        node["body"]!.AsArray().Add(JsonValue.Create("x"));

        Assert.Equal("""{"type":"AdaptiveCard","body":[]}""", raw.ToString());
        Assert.Equal(JsonValueKind.Array, raw.ToElement().GetProperty("body").ValueKind);
    }

    [Fact]
    public void Written_values_are_checked_by_the_writer_and_a_nested_write_keeps_its_own_buffer()
    {
        var outer = RawJson.Write(default, "outer", static (writer, name) =>
        {
            var inner = RawJson.Write(default, 42, static (w, n) => w.WriteNumberValue(n));
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WritePropertyName("inner");
            writer.WriteRawValue(inner.Utf8.Span);
            writer.WriteEndObject();
        });

        Assert.Equal("""{"name":"outer","inner":42}""", outer.ToString());
        Assert.Throws<InvalidOperationException>(() => RawJson.Write(default, 0, static (_, _) => { }));
        Assert.Throws<InvalidOperationException>(() => RawJson.Write(default, 0, static (w, _) => w.WriteStartObject()));
        Assert.Throws<InvalidOperationException>(() => RawJson.Write(default, 0, static (w, _) =>
        {
            w.WriteNumberValue(1);
            w.WriteNumberValue(2);
        }));
        Assert.Equal("[1]", RawJson.Write(default, 1, static (w, n) =>
        {
            w.WriteStartArray();
            w.WriteNumberValue(n);
            w.WriteEndArray();
        }).ToString());
    }
}
