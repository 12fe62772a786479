using System.Text.Json.Nodes;
using CreditBot.Tests.Support;

namespace CreditBot.BotFramework.Tests;

public sealed class RemoveRecipientMentionTests
{
    private const string BotId = "28:f7c72d1a-9892-42b7-8fe0-6fb6e7c85851";

    [Fact]
    public void Removes_the_bot_mention_of_the_channel_sample()
    {
        var activity = ActivityBuilder.ChannelMention().WithText("<at>TestBot</at> encours ACME").Build();

        var text = activity.RemoveRecipientMention();

        Assert.Equal("encours ACME", text);
    }

    [Fact]
    public void Keeps_the_mentions_of_other_people()
    {
        var activity = ActivityBuilder.ChannelMention()
            .WithText("<at>TestBot</at> ask <at>Megan</at> about ACME")
            .With("entities", Mentions(("28:f7c72d1a-9892-42b7-8fe0-6fb6e7c85851", "TestBot", "<at>TestBot</at>"), ("29:megan", "Megan", "<at>Megan</at>")))
            .Build();

        var text = activity.RemoveRecipientMention();

        Assert.Equal("ask <at>Megan</at> about ACME", text);
    }

    [Fact]
    public void Removes_every_mention_of_the_bot_case_insensitively_and_trims_the_trailing_newline()
    {
        var activity = ActivityBuilder.ChannelMention()
            .WithText("<at>TestBot</at> overdue <AT>testbot</AT>\n")
            .With("entities", Mentions((BotId, "TestBot", "<at>TestBot</at>")))
            .Build();

        var text = activity.RemoveRecipientMention();

        Assert.Equal("overdue", text);
    }

    [Fact]
    public void Uses_the_mentioned_name_when_the_entity_has_no_text()
    {
        var activity = ActivityBuilder.ChannelMention()
            .WithText("<at>TestBot</at> limits")
            .With("entities", Mentions((BotId, "TestBot", null)))
            .Build();

        var text = activity.RemoveRecipientMention();

        Assert.Equal("limits", text);
    }

    [Fact]
    public void Leaves_the_text_alone_when_the_entity_text_is_not_in_it()
    {
        var activity = ActivityBuilder.ChannelMention()
            .WithText("  encours ACME ")
            .With("entities", Mentions((BotId, "TestBot", "<at>Credit Bot</at>")))
            .Build();

        var text = activity.RemoveRecipientMention();

        Assert.Equal("encours ACME", text);
    }

    [Fact]
    public void Parses_escaped_angle_brackets_in_the_json()
    {
        var json = ActivityBuilder.ChannelMention().ToJson().Replace("\"text\":\"Test Message\"", "\"text\":\"\\u003Cat\\u003ETestBot\\u003C/at\\u003E hello\"", StringComparison.Ordinal);
        var activity = System.Text.Json.JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;

        var text = activity.RemoveRecipientMention();

        Assert.Equal("hello", text);
    }

    [Fact]
    public void A_message_without_entities_is_only_trimmed()
    {
        var activity = ActivityBuilder.PersonalMessage().WithText(" hi \n").Build();

        var text = activity.RemoveRecipientMention();

        Assert.Equal("hi", text);
    }

    private static JsonArray Mentions(params (string Id, string Name, string? Text)[] mentions) =>
        new([.. mentions.Select(m =>
        {
            var entity = new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = m.Id, ["name"] = m.Name },
            };
            if (m.Text is not null)
            {
                entity["text"] = m.Text;
            }

            return (JsonNode)entity;
        })]);
}
