using System.Text.Json;

namespace CreditBot.BotFramework.Tests;

public sealed class AdaptiveCardResponsesTests
{
    [Fact]
    public void A_card_answer_carries_the_card_object_with_status_200()
    {
        using var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""");

        var response = AdaptiveCardResponses.Card(card.RootElement);

        Assert.Equal(200, response.Status);
        var body = response.Body!.Value;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
    }

    [Fact]
    public void A_message_answer_carries_a_string()
    {
        var response = AdaptiveCardResponses.Message("Vote counted");

        var body = response.Body!.Value;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("Vote counted", body.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    public void An_error_answer_carries_code_and_message_in_an_http_200(int statusCode)
    {
        var response = AdaptiveCardResponses.Error(statusCode, "UnknownVerb", "committee.unknown is not a verb");

        Assert.Equal(200, response.Status);
        var body = response.Body!.Value;
        Assert.Equal(statusCode, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal("UnknownVerb", body.GetProperty("value").GetProperty("code").GetString());
        Assert.Equal("committee.unknown is not a verb", body.GetProperty("value").GetProperty("message").GetString());
    }

    [Fact]
    public void A_card_that_is_not_an_object_is_refused()
    {
        using var notACard = JsonDocument.Parse("[]");

        var call = () => AdaptiveCardResponses.Card(notACard.RootElement);

        Assert.Throws<ArgumentException>(call);
    }
}
