using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditBot.BotFramework.Tests;

public sealed class RawJsonTests
{
    [Fact]
    public void A_card_goes_into_the_outgoing_activity_byte_for_byte()
    {
        var card = RawJson.FromUtf8("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"12 345,67 € — l'encours"}]}"""u8);
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

    [Theory]
    [InlineData("", "BytePositionInLine: 0")]
    [InlineData("{\"a\":1", "BytePositionInLine: 6")]
    [InlineData("{\"a\":1} {\"b\":2}", "BytePositionInLine: 8")]
    [InlineData("[1,]", "BytePositionInLine: 3")]
    public void Text_that_is_not_exactly_one_JSON_value_is_refused(string text, string named)
    {
        var error = Assert.ThrowsAny<JsonException>(() => RawJson.FromUtf8(Encoding.UTF8.GetBytes(text)));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tree_it_gives_is_a_copy_that_leaves_the_text_unchanged()
    {
        var raw = RawJson.From(JsonNode.Parse("""{"type":"AdaptiveCard","body":[]}""")!);

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
