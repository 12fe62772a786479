using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.Tests.Support;

namespace CreditBot.BotFramework.Tests;

public sealed class ActivityModelTests
{
    public static TheoryData<string> JsonPayloads()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ActivityBuilder.PayloadsFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(JsonPayloads))]
    public void Every_payload_parses_and_round_trips_without_losing_a_field(string fileName)
    {
        var original = JsonNode.Parse(ActivityBuilder.ReadSample(fileName));

        var written = RoundTrip(fileName, ActivityBuilder.ReadSample(fileName));

        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(written)), $"{fileName} changed:\n{written}");
    }

    [Fact]
    public void The_routing_fields_of_a_channel_message_are_typed()
    {
        var activity = ActivityBuilder.ChannelMention().Build();

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/amer-client-ss.msg/", activity.ServiceUrl);
        Assert.Equal("19:ThreadID@thread.skype;messageid=1400900100700", activity.Conversation?.Id);
        Assert.Equal("28:f7c72d1a-9892-42b7-8fe0-6fb6e7c85851", activity.Recipient?.Id);
        Assert.Equal("3b9e9fbb-ed2f-415b-b776-cf788e573366", activity.TenantId);
        Assert.Equal(new DateTimeOffset(2017, 3, 31, 0, 12, 59, 893, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void The_invoke_value_and_unknown_fields_are_kept()
    {
        var activity = ActivityBuilder.CardAction().Build();

        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("test invokes", activity.Value!.Value.GetProperty("action").GetProperty("data").GetProperty("feedback").GetString());
        Assert.Equal("America/Los_Angeles", activity.ExtensionData!["localTimezone"].GetString());
    }

    [Fact]
    public void A_conversation_reference_captures_team_and_channel()
    {
        var activity = ActivityBuilder.InstallationAdd().Build();

        var reference = ConversationReference.From(activity)!;

        Assert.Equal("19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2", reference.ConversationId);
        Assert.Equal("19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2", reference.TeamId);
        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", reference.TenantId);
        Assert.Equal("28:608cacfd-1cea-40c9-b678-4b93e69bb72b", reference.BotId);
    }

    private static string RoundTrip(string fileName, string json)
    {
        var context = BotJsonContext.Default;
        if (fileName.StartsWith("connector-get-members.", StringComparison.Ordinal))
        {
            return JsonSerializer.Serialize(JsonSerializer.Deserialize(json, context.ListChannelAccount), context.ListChannelAccount);
        }

        if (fileName.StartsWith("connector-get-member.", StringComparison.Ordinal))
        {
            return JsonSerializer.Serialize(JsonSerializer.Deserialize(json, context.ChannelAccount), context.ChannelAccount);
        }

        if (fileName.StartsWith("connector-create-conversation.", StringComparison.Ordinal) && fileName.Contains(".request.", StringComparison.Ordinal))
        {
            return JsonSerializer.Serialize(JsonSerializer.Deserialize(json, context.ConversationParameters), context.ConversationParameters);
        }

        if (fileName.StartsWith("connector-create-conversation.", StringComparison.Ordinal))
        {
            return JsonSerializer.Serialize(JsonSerializer.Deserialize(json, context.ConversationResourceResponse), context.ConversationResourceResponse);
        }

        return JsonSerializer.Serialize(JsonSerializer.Deserialize(json, context.Activity), context.Activity);
    }
}
