using System.Net;
using System.Text.Json;
using CreditBot.BotFramework;
using CreditBot.Delivery;
using CreditBot.Delivery.PostedCards;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Moq;

namespace CreditBot.Tests.Delivery;

/// <summary>The dispatcher against a Connector that answers like Teams, on a fake clock.</summary>
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task A_thousand_messages_to_a_thousand_recipients_arrive_once_each()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        for (var i = 0; i < 1000; i++)
        {
            harness.RememberConversation($"19:c{i}@thread.tacv2");
        }

        harness.App.Get<CreditDatabase>().InTransaction(_ =>
        {
            for (var i = 0; i < 1000; i++)
            {
                harness.Enqueue($"m{i}", OutboxRecipient.Conversation($"19:c{i}@thread.tacv2"));
            }
        });
        harness.Outbox.Wake();

        await harness.RunUntilSettledAsync(1000, TimeSpan.FromMinutes(5));

        var delivered = harness.Delivered;
        Assert.Equal(1000, harness.Store.Summarize().Count(OutboxStatus.Sent));
        Assert.Equal(1000, delivered.Count);
        Assert.Equal(1000, delivered.Select(r => r.Activity!.Text).Distinct().Count());
        Assert.All(delivered, r => Assert.Equal("19:c" + r.Activity!.Text![1..] + "@thread.tacv2", r.ConversationId));
        Assert.DoesNotContain(harness.Fake.Requests, r => r.Status == 429);
    }

    [Fact]
    public async Task A_message_enqueued_in_the_caller_s_transaction_goes_at_its_commit_without_waiting_for_a_poll()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.RememberConversation("a:claire", "oid-claire");
        var idle = await harness.Dispatcher.WhenIdleAsync();
        var start = harness.Now;

        // As a decision saves its notification, in its own transaction; nobody calls Wake.
        harness.App.Get<CreditDatabase>().InTransaction(_ =>
        {
            harness.Enqueue("order:42:decided:oid-claire", OutboxRecipient.Conversation("a:claire"));

            // Had the enqueue woken the dispatcher already, it would read the outbox now, before the commit, find nothing
            // and sleep until its next poll: let it (it is idle again at once if it was not woken).
            Assert.True(harness.Dispatcher.WhenIdleAsync(idle.Generation - 1).Wait(TimeSpan.FromSeconds(30)));
        });
        await harness.RunUntilAsync(() => harness.Delivered.Count == 1, TimeSpan.Zero);

        Assert.Equal(start, harness.Now);
        Assert.Equal("order:42:decided:oid-claire", Assert.Single(harness.Delivered).Activity!.Text);
        Assert.Equal(OutboxStatus.Sent, harness.Store.Find("order:42:decided:oid-claire")!.Status);
    }

    [Fact]
    public async Task A_message_enqueued_in_a_transaction_that_rolls_back_is_never_sent()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.RememberConversation("a:claire", "oid-claire");

        Assert.Throws<InvalidOperationException>(() => harness.App.Get<CreditDatabase>().InTransaction(_ =>
        {
            harness.Enqueue("order:42:decided:oid-claire", OutboxRecipient.Conversation("a:claire"));
            throw new InvalidOperationException("the decision was refused");
        }));
        harness.Outbox.Wake();
        await harness.RunUntilAsync(() => harness.Now >= CreditBotApp.DefaultNow + TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2));

        Assert.Empty(harness.Sends);
        Assert.Null(harness.Store.Find("order:42:decided:oid-claire"));
    }

    [Fact]
    public async Task Two_hundred_messages_to_one_conversation_go_in_order_paced_without_a_429()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.RememberConversation("a:one", "oid-1");
        var start = harness.Now;
        for (var i = 0; i < 200; i++)
        {
            harness.Enqueue($"m{i:000}", OutboxRecipient.Conversation("a:one"));
        }

        await harness.RunUntilSettledAsync(200, TimeSpan.FromMinutes(10));

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"m{i:000}"), harness.Delivered.Select(r => r.Activity!.Text));
        Assert.DoesNotContain(harness.Fake.Requests, r => r.Status == 429);

        // 60 per 30 s: the 200th send cannot leave before three full windows have passed.
        Assert.True(harness.Delivered[^1].At >= start + TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task Refusals_403_and_404_are_recorded_and_never_retried()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        foreach (var id in new[] { "a:blocked", "a:gone", "a:disabled", "a:fine" })
        {
            harness.RememberConversation(id, "oid-" + id);
        }

        using var blocked = harness.Fake.Storm(HttpStatusCode.Forbidden, "ConversationBlockedByUser", c => c.ConversationId == "a:blocked");
        using var gone = harness.Fake.Storm(HttpStatusCode.NotFound, "ConversationNotFound", c => c.ConversationId == "a:gone");
        using var disabled = harness.Fake.Storm(HttpStatusCode.Forbidden, "BotDisabledByAdmin", c => c.ConversationId == "a:disabled");
        foreach (var id in new[] { "a:blocked", "a:gone", "a:disabled", "a:fine" })
        {
            harness.Enqueue("to " + id, OutboxRecipient.Conversation(id));
        }

        await harness.RunUntilSettledAsync(4, TimeSpan.FromMinutes(1));
        harness.App.Time.Advance(TimeSpan.FromHours(2));
        await harness.RunUntilAsync(() => true, TimeSpan.FromHours(1));

        Assert.Equal(OutboxStatus.BlockedByUser, harness.Store.Find("to a:blocked")!.Status);
        Assert.Equal(OutboxStatus.ConversationGone, harness.Store.Find("to a:gone")!.Status);
        Assert.Equal(OutboxStatus.BotDisabled, harness.Store.Find("to a:disabled")!.Status);
        Assert.Equal(OutboxStatus.Sent, harness.Store.Find("to a:fine")!.Status);
        Assert.Equal("403 ConversationBlockedByUser", harness.Store.Find("to a:blocked")!.LastError);
        Assert.All(harness.Sends.GroupBy(s => s.ConversationId), g => Assert.Single(g));
    }

    [Fact]
    public async Task A_429_pauses_every_recipient_for_its_retry_after()
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: s => s["Delivery:MaxConcurrentSends"] = "1");
        for (var i = 0; i < 10; i++)
        {
            harness.RememberConversation($"a:{i}", $"oid-{i}");
        }

        harness.Fake.FailNext(1, HttpStatusCode.TooManyRequests, "Throttled", TimeSpan.FromSeconds(30));
        var start = harness.Now;
        for (var i = 0; i < 10; i++)
        {
            harness.Enqueue($"m{i}", OutboxRecipient.Conversation($"a:{i}"));
        }

        await harness.RunUntilSettledAsync(10, TimeSpan.FromMinutes(5));

        var throttled = Assert.Single(harness.Sends, s => s.Status == 429);
        Assert.Equal(start, throttled.At);
        Assert.Equal(10, harness.Delivered.Count);
        Assert.All(harness.Delivered, d => Assert.True(d.At >= start + TimeSpan.FromSeconds(30), $"{d.Activity!.Text} sent at {d.At}"));
        Assert.Equal(0, harness.Store.Find(throttled.Activity!.Text!)!.Attempts - 1);
    }

    [Fact]
    public async Task A_two_minute_storm_of_503s_ends_with_everything_delivered_once()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        for (var i = 0; i < 50; i++)
        {
            harness.RememberConversation($"a:{i}", $"oid-{i}");
        }

        var stormEnds = harness.Now + TimeSpan.FromMinutes(2);
        using var storm = harness.Fake.Storm(HttpStatusCode.ServiceUnavailable, applies: _ => harness.Now < stormEnds);
        for (var i = 0; i < 50; i++)
        {
            harness.Enqueue($"m{i}", OutboxRecipient.Conversation($"a:{i}"));
        }

        await harness.RunUntilSettledAsync(50, TimeSpan.FromHours(1));

        Assert.Equal(50, harness.Store.Summarize().Count(OutboxStatus.Sent));
        Assert.Equal(50, harness.Delivered.Select(d => d.Activity!.Text).Distinct().Count());
        Assert.Equal(50, harness.Delivered.Count);
        Assert.Contains(harness.Sends, s => s.Status == 503);
        Assert.All(harness.Delivered, d => Assert.True(d.At >= stormEnds));
    }

    [Fact]
    public async Task A_person_without_a_conversation_is_reached_by_creating_the_chat()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.RememberConversation("19:general@thread.tacv2");

        harness.Enqueue("order:42:decided:oid-new", OutboxRecipient.Person("oid-new"));
        await harness.RunUntilSettledAsync(1, TimeSpan.FromMinutes(1));

        var create = Assert.Single(harness.Fake.Requests, r => r is { Method: "POST", Segments: ["conversations"] });
        Assert.Contains("\"oid-new\"", create.Body, StringComparison.Ordinal);
        Assert.Contains(FakeBotService.BotTenantId, create.Body, StringComparison.Ordinal);
        var message = harness.Store.Find("order:42:decided:oid-new")!;
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.StartsWith("a:created-", message.ConversationId, StringComparison.Ordinal);
        Assert.Equal(message.ConversationId, Assert.Single(harness.Delivered).ConversationId);
        Assert.Equal(message.ConversationId, harness.App.Get<ConversationReferenceStore>().FindPersonal("oid-new")!.ConversationId);
    }

    [Fact]
    public async Task A_person_no_usable_address_reaches_waits_for_their_first_message_then_gets_it()
    {
        // Local mode before anyone wrote: no stored conversation to create chats from, and a fallback host the bot may not call.
        await using var harness = await DeliveryHarness.StartAsync(configure: settings => settings["Delivery:FallbackServiceUrl"] = "https://teams.invalid/teams/");

        harness.Enqueue("order:42:approval:oid-new", OutboxRecipient.Person("oid-new"));
        var enqueued = harness.Now;
        await harness.RunUntilAsync(() => harness.Now >= enqueued + TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));

        var waiting = harness.Store.Find("order:42:approval:oid-new")!;
        Assert.Equal((OutboxStatus.Pending, 0), (waiting.Status, waiting.Attempts));
        Assert.StartsWith("waiting for the person's first message", waiting.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Fake.Requests, r => r.Method == "POST");

        harness.RememberConversation("a:new", "oid-new");
        harness.App.Time.Advance(TimeSpan.FromSeconds(30)); // the dispatcher idles on the clock: its next look at the waiting message
        await harness.RunUntilSettledAsync(1, TimeSpan.FromMinutes(1));

        Assert.Equal("a:new", Assert.Single(harness.Delivered).ConversationId);
        Assert.Equal(OutboxStatus.Sent, harness.Store.Find("order:42:approval:oid-new")!.Status);
    }

    [Fact]
    public async Task A_message_nobody_can_be_reached_for_is_given_up_after_the_wait_limit()
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: settings =>
        {
            settings["Delivery:FallbackServiceUrl"] = "https://teams.invalid/teams/";
            settings["Delivery:MaxWaitForAddress"] = "01:00:00";
        });

        harness.Enqueue("k", OutboxRecipient.Person("oid-new"));
        var enqueued = harness.Now;
        await harness.RunUntilSettledAsync(1, TimeSpan.FromHours(2));

        var message = harness.Store.Find("k")!;
        Assert.Equal(OutboxStatus.GaveUp, message.Status);
        Assert.InRange(message.UpdatedAt - enqueued, TimeSpan.FromHours(1), TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(harness.Fake.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task A_person_without_the_app_is_reached_by_installing_it_then_creating_the_chat()
    {
        var directory = new Mock<IUserDirectory>();
        await using var harness = await DeliveryHarness.StartAsync(directory: directory.Object);
        harness.RememberConversation("19:general@thread.tacv2");
        var notInstalled = harness.Fake.Storm(HttpStatusCode.Forbidden, "BotNotInConversationRoster", c => c.Segments is ["conversations"]);
        directory.Setup(d => d.InstallAppAsync("oid-new", It.IsAny<CancellationToken>()))
            .Callback(notInstalled.Dispose)
            .ReturnsAsync(new AppInstallResult(AppInstallStatus.Installed));

        harness.Enqueue("digest:daily:2026-11-23:oid-new", OutboxRecipient.Person("oid-new"));
        await harness.RunUntilSettledAsync(1, TimeSpan.FromMinutes(1));

        directory.Verify(d => d.InstallAppAsync("oid-new", It.IsAny<CancellationToken>()), Times.Once);
        var creates = harness.Fake.Requests.Where(r => r is { Method: "POST", Segments: ["conversations"] }).Select(r => r.Status);
        Assert.Equal([403, 200], creates);
        Assert.Equal(OutboxStatus.Sent, harness.Store.Find("digest:daily:2026-11-23:oid-new")!.Status);
        Assert.Single(harness.Delivered);
    }

    [Fact]
    public async Task A_person_the_app_cannot_be_installed_for_is_recorded_as_not_installed()
    {
        var directory = new Mock<IUserDirectory>();
        directory.Setup(d => d.InstallAppAsync("oid-new", It.IsAny<CancellationToken>())).ReturnsAsync(new AppInstallResult(AppInstallStatus.NotAllowed));
        await using var harness = await DeliveryHarness.StartAsync(directory: directory.Object);
        harness.RememberConversation("19:general@thread.tacv2");
        using var notInstalled = harness.Fake.Storm(HttpStatusCode.Forbidden, "BotNotInConversationRoster", c => c.Segments is ["conversations"]);

        harness.Enqueue("k", OutboxRecipient.Person("oid-new"));
        await harness.RunUntilSettledAsync(1, TimeSpan.FromMinutes(1));

        var message = harness.Store.Find("k")!;
        Assert.Equal(OutboxStatus.NotInstalled, message.Status);
        Assert.Equal("install NotAllowed", message.LastError);
        Assert.Empty(harness.Sends);
    }

    [Fact]
    public async Task A_card_sent_with_a_tag_is_registered_and_a_later_update_replaces_that_very_message()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.RememberConversation("a:claire", "oid-claire");
        harness.RememberConversation("19:general@thread.tacv2");
        var tag = new PostedCardTag("order-approval", "order-42", 1, "fr-FR");
        harness.Outbox.Enqueue("order:42:approval:oid-claire", OutboxRecipient.Person("oid-claire"), Activity.CreateMessage("v1"), tag);
        harness.Outbox.Enqueue("order:42:approval:general", OutboxRecipient.Conversation("19:general@thread.tacv2"), Activity.CreateMessage("v1"), tag);
        harness.Enqueue("plain", OutboxRecipient.Conversation("19:general@thread.tacv2"));
        await harness.RunUntilSettledAsync(3, TimeSpan.FromMinutes(1));

        var personal = harness.Store.Find("order:42:approval:oid-claire")!;
        var channel = harness.Store.Find("order:42:approval:general")!;
        var copies = harness.App.Get<IPostedCardStore>().FindAll("order-approval", "order-42");
        Assert.Equal(2, copies.Count);
        var toClaire = Assert.Single(copies, c => c.ConversationId == "a:claire");
        Assert.Equal((personal.ActivityId, "oid-claire"), (toClaire.ActivityId, toClaire.RecipientObjectId));
        var toChannel = Assert.Single(copies, c => c.ConversationId == "19:general@thread.tacv2");
        Assert.Equal((channel.ActivityId, (string?)null), (toChannel.ActivityId, toChannel.RecipientObjectId));
        Assert.All(copies, c => Assert.Equal("fr-FR", c.Culture));

        harness.Fake.ClearRequests();
        var updates = await harness.App.Get<PostedCardUpdater>().UpdateAllAsync(
            "order-approval", "order-42", 2, _ => EmptyCard(), CancellationToken.None);

        Assert.All(updates, u => Assert.Equal(PostedCardOutcome.Updated, u.Outcome));
        Assert.Equal(
            new[] { personal.ActivityId, channel.ActivityId }.Order(StringComparer.Ordinal),
            harness.Fake.Requests.Where(r => r.Method == "PUT").Select(r => r.ActivityId).Order(StringComparer.Ordinal));
    }

    private static RawJson EmptyCard()
    {
        using var document = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""");
        return RawJson.From(document.RootElement);
    }
}
