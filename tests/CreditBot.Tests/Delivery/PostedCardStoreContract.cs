using CreditBot.BotFramework;
using CreditBot.Delivery.PostedCards;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Delivery;

/// <summary>What every <see cref="IPostedCardStore"/> engine must do.</summary>
public abstract class PostedCardStoreContract : StoreContract<IPostedCardStore>
{
    private static readonly DateTimeOffset PostedAt = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_registered_copy_is_found_by_its_conversation_and_message_as_it_was_registered()
    {
        var card = Copy("a:1", "m-1") with { RecipientObjectId = "aad-1", Culture = "fr-FR", RefreshUserIds = ["29:a", "29:b"] };

        var registered = Store.Register(card);

        Assert.True(registered);
        var found = Store.Find("a:1", "m-1");
        Assert.NotNull(found);
        Assert.Equal(card.Conversation, found.Conversation);
        Assert.Equal(("approval", "order-42", 3L, "aad-1", "fr-FR"), (found.Kind, found.SubjectId, found.Version, found.RecipientObjectId, found.Culture));
        Assert.Equal(["29:a", "29:b"], found.RefreshUserIds);
        Assert.Equal(PostedAt, found.PostedAt);
        Assert.Null(found.UpdatedAt);
    }

    [Fact]
    public void The_same_message_is_claimed_once_and_a_second_registration_changes_nothing()
    {
        Store.Register(Copy("a:1", "m-1"));

        var again = Store.Register(Copy("a:1", "m-1") with { Version = 9, SubjectId = "order-7" });

        Assert.False(again);
        Assert.Equal(3, Store.Find("a:1", "m-1")!.Version);
        Assert.Empty(Store.FindAll("approval", "order-7"));
    }

    [Fact]
    public void Every_copy_of_a_subject_is_listed_and_only_those()
    {
        Store.Register(Copy("a:1", "m-1"));
        Store.Register(Copy("a:2", "m-2") with { PostedAt = PostedAt.AddMinutes(1) });
        Store.Register(Copy("19:channel@thread.tacv2", "m-3") with { PostedAt = PostedAt.AddMinutes(2) });
        Store.Register(Copy("a:1", "m-4") with { SubjectId = "order-43" });
        Store.Register(Copy("a:1", "m-5") with { Kind = "vote" });

        var copies = Store.FindAll("approval", "order-42");

        Assert.Equal(["m-1", "m-2", "m-3"], copies.Select(c => c.ActivityId));
    }

    [Fact]
    public void An_update_succeeds_only_against_the_revision_it_read()
    {
        Store.Register(Copy("a:1", "m-1"));
        var read = Store.Find("a:1", "m-1")!;

        var first = Store.TryRecordUpdate(read, 4, PostedAt.AddHours(1));
        var stale = Store.TryRecordUpdate(read, 5, PostedAt.AddHours(2));

        Assert.True(first);
        Assert.False(stale);
        var stored = Store.Find("a:1", "m-1")!;
        Assert.Equal(4, stored.Version);
        Assert.Equal(read.Revision + 1, stored.Revision);
        Assert.Equal(PostedAt.AddHours(1), stored.UpdatedAt);
    }

    [Fact]
    public void A_removed_copy_is_gone_and_cannot_be_updated()
    {
        Store.Register(Copy("a:1", "m-1"));
        var read = Store.Find("a:1", "m-1")!;

        var removed = Store.Remove("a:1", "m-1");

        Assert.True(removed);
        Assert.Null(Store.Find("a:1", "m-1"));
        Assert.False(Store.TryRecordUpdate(read, 4, PostedAt));
        Assert.False(Store.Remove("a:1", "m-1"));
    }

    [Fact]
    public void What_was_committed_is_there_after_a_restart()
    {
        Store.Register(Copy("a:1", "m-1"));
        Store.TryRecordUpdate(Store.Find("a:1", "m-1")!, 4, PostedAt.AddHours(1));

        var reopened = Reopen();

        Assert.Equal(4, reopened.Find("a:1", "m-1")!.Version);
    }

    [Fact]
    public void A_conversation_id_longer_than_an_index_key_is_stored()
    {
        var longId = "19:" + new string('x', 1_500) + "@thread.tacv2";

        Store.Register(Copy(longId, "m-1"));

        Assert.Equal(longId, Store.Find(longId, "m-1")!.ConversationId);
    }

    private static PostedCard Copy(string conversationId, string activityId) => new()
    {
        Conversation = new ConversationReference
        {
            ConversationId = conversationId,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            ConversationType = conversationId.StartsWith("19:", StringComparison.Ordinal) ? "channel" : "personal",
            TenantId = "tenant-1",
            BotId = "28:bot",
        },
        ActivityId = activityId,
        Kind = "approval",
        SubjectId = "order-42",
        Version = 3,
        PostedAt = PostedAt,
    };
}
