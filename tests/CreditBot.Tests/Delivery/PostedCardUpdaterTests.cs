using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Delivery.PostedCards;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Delivery;

/// <summary>
/// Posted cards through the real app and the fake Connector: copies posted to several conversations are updated
/// everywhere by one call (PUT, conformance §3.8), and a refresh gets the listed user's own view (§3.7).
/// </summary>
public class PostedCardUpdaterTests
{
    private const string Kind = "test-approval";

    [Fact]
    public async Task One_card_posted_to_three_conversations_is_updated_everywhere_by_one_call()
    {
        await using var app = await CreditBotApp.StartAsync();
        var updater = app.Get<PostedCardUpdater>();
        var copies = new List<(ConversationReference Conversation, string ActivityId)>();
        foreach (var (n, culture) in new[] { (1, "fr-FR"), (2, "en-US"), (3, "fr-FR") })
        {
            var conversation = await OpenConversationAsync(app, n);
            var activityId = await PostAsync(app, conversation, Card("order 42 awaiting", culture));
            updater.Register(Copy(conversation, activityId, version: 1, culture));
            copies.Add((conversation, activityId));
        }

        app.Fake!.ClearRequests();

        var outcomes = await updater.UpdateAllAsync(Kind, "order-42", 2, copy => Card("order 42 released", copy.Culture!), CancellationToken.None);

        Assert.All(outcomes, o => Assert.Equal(PostedCardOutcome.Updated, o.Outcome));
        var puts = app.Fake.Requests.Where(r => r.Method == "PUT").ToList();
        Assert.Equal(3, app.Fake.Requests.Count);
        Assert.Equal(copies.Select(c => (c.Conversation.ConversationId, c.ActivityId)), puts.Select(p => (p.ConversationId!, p.ActivityId!)));
        Assert.Equal(["fr-FR: order 42 released", "en-US: order 42 released", "fr-FR: order 42 released"], puts.Select(p => Text(p.Activity!)));
        Assert.All(copies, c => Assert.Equal(2, app.Get<IPostedCardStore>().Find(c.Conversation.ConversationId, c.ActivityId)!.Version));
    }

    [Fact]
    public async Task An_update_to_a_version_the_copies_already_show_sends_nothing()
    {
        await using var app = await CreditBotApp.StartAsync();
        var updater = app.Get<PostedCardUpdater>();
        var conversation = await OpenConversationAsync(app, 1);
        updater.Register(Copy(conversation, await PostAsync(app, conversation, Card("v1", "fr-FR")), version: 1, "fr-FR"));
        await updater.UpdateAllAsync(Kind, "order-42", 2, _ => Card("v2", "fr-FR"), CancellationToken.None);
        app.Fake!.ClearRequests();

        var again = await updater.UpdateAllAsync(Kind, "order-42", 2, _ => Card("v2", "fr-FR"), CancellationToken.None);
        var older = await updater.UpdateAllAsync(Kind, "order-42", 1, _ => Card("v1", "fr-FR"), CancellationToken.None);

        Assert.Equal(PostedCardOutcome.AlreadyCurrent, Assert.Single(again).Outcome);
        Assert.Equal(PostedCardOutcome.AlreadyCurrent, Assert.Single(older).Outcome);
        Assert.Empty(app.Fake.Requests);
    }

    [Fact]
    public async Task A_copy_whose_message_is_gone_is_reported_and_forgotten_while_the_others_are_updated()
    {
        await using var app = await CreditBotApp.StartAsync();
        var updater = app.Get<PostedCardUpdater>();
        var first = await OpenConversationAsync(app, 1);
        var second = await OpenConversationAsync(app, 2);
        updater.Register(Copy(first, await PostAsync(app, first, Card("v1", "fr-FR")), version: 1, "fr-FR"));
        var secondId = await PostAsync(app, second, Card("v1", "fr-FR"));
        updater.Register(Copy(second, secondId, version: 1, "fr-FR") with { PostedAt = CreditBotApp.DefaultNow.AddMinutes(1) });
        app.Fake!.FailNext(1, HttpStatusCode.NotFound, "ActivityNotFoundInConversation");

        var outcomes = await updater.UpdateAllAsync(Kind, "order-42", 2, _ => Card("v2", "fr-FR"), CancellationToken.None);

        Assert.Equal([PostedCardOutcome.Gone, PostedCardOutcome.Updated], outcomes.Select(o => o.Outcome));
        Assert.Equal([secondId], app.Get<IPostedCardStore>().FindAll(Kind, "order-42").Select(c => c.ActivityId));
    }

    [Fact]
    public async Task A_card_in_a_channel_lists_nobody_for_refresh()
    {
        await using var app = await CreditBotApp.StartAsync();
        var conversation = new ConversationReference
        {
            ConversationId = "19:general@thread.tacv2",
            ServiceUrl = app.Fake!.ServiceUrl,
            ChannelId = "msteams",
            ConversationType = "channel",
        };

        app.Get<PostedCardUpdater>().Register(Copy(conversation, "m-1", 1, "fr-FR") with { RefreshUserIds = ["29:listed"] });

        Assert.Empty(app.Get<IPostedCardStore>().Find(conversation.ConversationId, "m-1")!.RefreshUserIds);
    }

    [Fact]
    public async Task A_refresh_from_a_listed_user_gets_their_view_and_from_another_user_the_shared_view()
    {
        var seen = new List<CardAction>();
        await using var app = await CreditBotApp.StartAsync(configureServices: services =>
            services.AddSingleton<ICardActionHandler>(sp => new ViewHandler(sp.GetRequiredService<IPostedCardStore>(), seen)));
        var conversation = await OpenConversationAsync(app, 1);
        var activityId = await PostAsync(app, conversation, Card("shared", "fr-FR"));
        app.Get<PostedCardUpdater>().Register(Copy(conversation, activityId, 1, "fr-FR") with { RefreshUserIds = ["29:listed"] });

        var listed = await app.Teams.InvokeAsync(Refresh(conversation, activityId, "29:listed", "aad-listed"));
        var other = await app.Teams.InvokeAsync(Refresh(conversation, activityId, "29:other", "aad-other"));

        Assert.Equal(HttpStatusCode.OK, listed.Status);
        Assert.Equal("own view of aad-listed", CardTitle(listed.Body!));
        Assert.Equal("shared view", CardTitle(other.Body!));
        Assert.All(seen, action => Assert.Equal(CardActionTrigger.Automatic, action.Trigger));
        Assert.Equal(["aad-listed", "aad-other"], seen.Select(a => a.Actor.ObjectId));
    }

    private static Activity Refresh(ConversationReference conversation, string activityId, string userId, string aadObjectId) =>
        ActivityBuilder.CardAction()
            .WithConversationId(conversation.ConversationId)
            .WithFrom(userId)
            .WithFromAadObjectId(aadObjectId)
            .With("replyToId", activityId)
            .WithValue("""{"action":{"type":"Action.Execute","verb":"test.view","data":{"orderId":"42"}},"trigger":"automatic"}""")
            .Build();

    private static string CardTitle(JsonNode body) => (string)body["value"]!["body"]![0]!["text"]!;

    /// <summary>Opens a personal conversation as Teams does (an authenticated message), so its address is trusted.</summary>
    private static async Task<ConversationReference> OpenConversationAsync(CreditBotApp app, int n)
    {
        var conversationId = $"a:conversation-{n}";
        var hello = ActivityBuilder.PersonalMessage()
            .WithText("aide")
            .WithId($"hello-{n}")
            .WithConversationId(conversationId)
            .WithFrom($"29:user-{n}")
            .WithFromAadObjectId($"aad-{n}")
            .Build();
        await app.Teams.SendAndWaitAsync(hello);
        return app.Get<ConversationReferenceStore>().Find(conversationId)!;
    }

    /// <summary>Posts a card as the outbox does, and returns the message id the Connector gave it.</summary>
    private static async Task<string> PostAsync(CreditBotApp app, ConversationReference conversation, RawJson card)
    {
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        var sent = await app.Get<ConnectorClient>().SendAsync(conversation, message, CancellationToken.None);
        return Assert.IsType<ConnectorOutcome<ResourceResponse>.Succeeded>(sent).Value.Id!;
    }

    private static PostedCard Copy(ConversationReference conversation, string activityId, long version, string culture) => new()
    {
        Conversation = conversation,
        ActivityId = activityId,
        Kind = Kind,
        SubjectId = "order-42",
        Version = version,
        Culture = culture,
        PostedAt = CreditBotApp.DefaultNow,
    };

    private static RawJson Card(string text, string culture)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"{culture}: {text}" }),
        };
        using var document = JsonDocument.Parse(card.ToJsonString());
        return RawJson.From(document.RootElement);
    }

    private static string Text(Activity activity) =>
        (string)activity.Attachments![0].Content!.ToNode()["body"]![0]!["text"]!;

    /// <summary>A card verb with a user-specific view, as approval and vote cards will have.</summary>
    private sealed class ViewHandler(IPostedCardStore store, List<CardAction> seen) : ICardActionHandler
    {
        public string Verb => "test.view";

        public Task<CardActionAnswer> HandleAsync(CardAction action, CancellationToken cancellationToken)
        {
            seen.Add(action);
            var copy = store.FindClicked(action);
            var title = action.GetsOwnView(copy) ? "own view of " + action.Actor.ObjectId : "shared view";
            var card = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.5",
                ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = title }),
            };
            using var document = JsonDocument.Parse(card.ToJsonString());
            return Task.FromResult(new CardActionAnswer(AdaptiveCardResponses.Card(document.RootElement.Clone())));
        }
    }
}
