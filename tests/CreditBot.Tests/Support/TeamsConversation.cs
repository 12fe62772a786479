using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;

namespace CreditBot.Tests.Support;

/// <summary>Talks to the app like a Teams user and reads what the bot sent back through the Connector.</summary>
public sealed class TeamsConversation(CreditBotApp app)
{
    /// <summary>Sends a personal-chat message and waits for the bot's reply.</summary>
    public async Task<BotReply> SayAsync(string text, string? locale = "fr-FR", string? aadObjectId = null)
    {
        var builder = ActivityBuilder.PersonalMessage().WithText(text).WithLocale(locale).WithId(Guid.NewGuid().ToString("N"));
        if (aadObjectId is not null)
        {
            builder = builder.WithFromAadObjectId(aadObjectId);
        }

        return await SendAndWaitAsync(builder.Build());
    }

    /// <summary>
    /// Posts an activity, asserts a 2xx answer, and waits for the next activity the bot sends: for a message, the one in
    /// reply to it (a proactive message the outbox delivers to the same chat meanwhile, such as an import's blocked-order
    /// summary, is not the reply); for a conversation update, the welcome the bot sends to the conversation.
    /// </summary>
    public async Task<BotReply> SendAndWaitAsync(Activity activity)
    {
        var fake = app.Fake ?? throw new InvalidOperationException("This conversation needs the FakeBotService.");
        var seen = new HashSet<ConnectorRequest>(fake.Requests, ReferenceEqualityComparer.Instance);
        using var response = await app.PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}.");
        var request = await fake.WaitForRequestAsync(
            r => r.Activity is not null && !seen.Contains(r) && (activity.Type != CreditBot.BotFramework.ActivityTypes.Message || activity.Id is null || r.Activity.ReplyToId == activity.Id),
            TimeSpan.FromSeconds(20));
        return new BotReply(request.Activity!, request);
    }

    /// <summary>Posts an invoke and returns the HTTP answer and its JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> InvokeAsync(Activity activity)
    {
        using var response = await app.PostAsync(activity);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}

/// <summary>An activity the bot sent, with its card if it has one.</summary>
public sealed record BotReply(Activity Activity, ConnectorRequest Request)
{
    public string? Text => Activity.Text;

    public JsonNode? Card => Activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content is { } content
        ? content.ToNode()
        : null;

    /// <summary>Every text the card shows (TextBlocks, facts, buttons), for assertions.</summary>
    public string CardText => Card is null ? string.Empty : string.Join("\n", Texts(Card));

    private static IEnumerable<string> Texts(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name is "text" or "title" or "value" && value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        yield return v.GetValue<string>();
                    }
                    else if (value is not null)
                    {
                        foreach (var text in Texts(value))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>().SelectMany(Texts))
                {
                    yield return item;
                }

                break;
        }
    }
}
