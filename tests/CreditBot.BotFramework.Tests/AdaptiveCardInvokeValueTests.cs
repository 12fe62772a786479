using System.Text.Json.Nodes;
using CreditBot.Tests.Support;

namespace CreditBot.BotFramework.Tests;

public sealed class AdaptiveCardInvokeValueTests
{
    [Fact]
    public void The_captured_invoke_without_a_verb_reads_as_a_manual_execute_with_its_data()
    {
        var activity = ActivityBuilder.CardAction().Build();

        var value = AdaptiveCardInvokeValue.Read(activity);

        Assert.NotNull(value);
        Assert.Equal(AdaptiveCardInvokeValue.ExecuteType, value.Action?.Type);
        Assert.Null(value.Verb);
        Assert.Equal(CardActionTrigger.Manual, value.TriggerKind);
        Assert.Equal("test invokes", value.Action?.DataString("feedback"));
        Assert.False(value.IsSubmitFallback);
    }

    [Fact]
    public void A_refresh_reads_as_an_automatic_trigger_with_its_verb()
    {
        var activity = ActivityBuilder.CardAction()
            .WithValue("""{"action":{"type":"Action.Execute","verb":"order.view","data":{"orderId":"42"}},"trigger":"automatic"}""")
            .Build();

        var value = AdaptiveCardInvokeValue.Read(activity)!;

        Assert.Equal(CardActionTrigger.Automatic, value.TriggerKind);
        Assert.Equal("order.view", value.Verb);
        Assert.Equal("42", value.Action?.DataString("orderId"));
    }

    [Fact]
    public void A_submit_fallback_message_maps_to_the_same_action_with_the_verb_from_its_data()
    {
        var activity = ActivityBuilder.PersonalMessage()
            .WithText(null)
            .WithValue("""{"verb":"client.pick","clientCode":"C001","question":"exposure"}""")
            .Build();

        var value = AdaptiveCardInvokeValue.Read(activity)!;

        Assert.True(value.IsSubmitFallback);
        Assert.Equal("client.pick", value.Verb);
        Assert.Equal(CardActionTrigger.Manual, value.TriggerKind);
        Assert.Equal("C001", value.Action?.DataString("clientCode"));
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Execute","verb":42}}""")]
    [InlineData("""{"action":[1,2]}""")]
    [InlineData("""{"action":{"verb":"x"},"trigger":{}}""")]
    public void A_value_of_the_wrong_shape_is_no_action(string valueJson)
    {
        var activity = ActivityBuilder.CardAction().WithValue(valueJson).Build();

        Assert.Null(AdaptiveCardInvokeValue.Read(activity));
    }

    [Fact]
    public void A_verb_of_the_wrong_type_in_the_data_is_no_verb()
    {
        var activity = ActivityBuilder.PersonalMessage().WithText(null).WithValue("""{"verb":7}""").Build();

        Assert.Null(AdaptiveCardInvokeValue.Read(activity)!.Verb);
    }

    [Fact]
    public void A_refresh_lists_each_user_once_and_at_most_sixty()
    {
        var sixty = Enumerable.Range(0, 60).Select(i => $"29:user-{i}").ToList();

        var listed = AdaptiveCardRefresh.Create("order.view", new JsonObject { ["orderId"] = "42" }, [.. sixty, "29:user-0"]);
        var tooMany = AdaptiveCardRefresh.Create("order.view", new JsonObject(), [.. sixty, "29:user-60"]);

        Assert.Equal(60, listed["userIds"]!.AsArray().Count);
        Assert.Equal("order.view", (string?)listed["action"]!["verb"]);
        Assert.Equal("Action.Execute", (string?)listed["action"]!["type"]);
        Assert.Empty(tooMany["userIds"]!.AsArray());
    }

    [Fact]
    public void A_card_in_a_channel_lists_nobody_because_refresh_does_not_fire_there()
    {
        Assert.Empty(AdaptiveCardRefresh.ListedUsers(["29:a", "29:b"], inChannel: true));
    }
}
