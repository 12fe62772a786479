using CreditBot.BotFramework;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Storage;

public sealed class ConversationReferenceStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CreditDatabase _database;
    private readonly ConversationReferenceStore _store;

    public ConversationReferenceStoreTests()
    {
        _database = new CreditDatabase(_folder.File("store.db"));
        _store = new ConversationReferenceStore(_database);
    }

    [Fact]
    public void Remembers_a_personal_conversation_and_finds_it_by_the_users_object_id()
    {
        var reference = Personal("a:1", "https://smba.trafficmanager.net/emea/");

        var isNew = _store.Remember(reference);

        Assert.True(isNew);
        Assert.Equal(reference, _store.FindPersonal("aad-1"));
    }

    [Fact]
    public void Reports_a_change_of_service_address_and_keeps_the_new_one()
    {
        _store.Remember(Personal("a:1", "https://smba.trafficmanager.net/emea/"));

        var unchanged = _store.Remember(Personal("a:1", "https://smba.trafficmanager.net/emea/"));
        var changed = _store.Remember(Personal("a:1", "https://smba.trafficmanager.net/amer/"));

        Assert.False(unchanged);
        Assert.True(changed);
        Assert.Equal("https://smba.trafficmanager.net/amer/", _store.Find("a:1")!.ServiceUrl);
    }

    [Fact]
    public void Survives_reopening_the_file()
    {
        _store.Remember(Personal("a:1", "https://smba.trafficmanager.net/emea/"));
        _database.Dispose();

        using var reopened = new CreditDatabase(_folder.File("store.db"));
        var found = new ConversationReferenceStore(reopened).Find("a:1");

        Assert.Equal("aad-1", found?.UserAadObjectId);
    }

    [Fact]
    public void Forgets_a_conversation_and_every_conversation_of_a_team()
    {
        _store.Remember(Personal("a:1", "https://x/"));
        _store.Remember(new ConversationReference { ConversationId = "19:general@thread.tacv2", ServiceUrl = "https://x/", ChannelId = "msteams", ConversationType = "channel", TeamId = "19:general@thread.tacv2", UserAadObjectId = "aad-2" });
        _store.Remember(new ConversationReference { ConversationId = "19:general@thread.tacv2;messageid=1", ServiceUrl = "https://x/", ChannelId = "msteams", ConversationType = "channel", TeamId = "19:general@thread.tacv2" });

        _store.Forget("a:1");
        var removed = _store.ForgetTeam("19:general@thread.tacv2");

        Assert.Equal(2, removed);
        Assert.Empty(_store.All());
    }

    [Fact]
    public void A_conversation_forgotten_then_seen_again_is_stored_again()
    {
        _store.Remember(Personal("a:1", "https://x/"));
        _store.Forget("a:1");

        var isNew = _store.Remember(Personal("a:1", "https://x/"));

        Assert.True(isNew);
        Assert.NotNull(_store.Find("a:1"));
    }

    [Fact]
    public void A_team_forgotten_then_seen_again_is_stored_again()
    {
        var channel = new ConversationReference { ConversationId = "19:t@thread.tacv2", ServiceUrl = "https://x/", ChannelId = "msteams", ConversationType = "channel", TeamId = "19:t@thread.tacv2", ServiceUrlVouched = true };
        _store.Remember(channel);
        _store.ForgetTeam("19:t@thread.tacv2");

        Assert.True(_store.Remember(channel));
        Assert.NotNull(_store.Find("19:t@thread.tacv2"));
    }

    [Fact]
    public void A_channel_conversation_does_not_keep_the_author_of_a_message_as_its_user()
    {
        _store.Remember(new ConversationReference { ConversationId = "19:c@thread.tacv2", ServiceUrl = "https://x/", ChannelId = "msteams", ConversationType = "channel", UserAadObjectId = "aad-2", ServiceUrlVouched = true });

        Assert.Null(_store.Find("19:c@thread.tacv2")!.UserAadObjectId);
        Assert.Null(_store.FindPersonal("aad-2"));
    }

    [Fact]
    public void An_unvouched_reference_never_replaces_a_vouched_one_even_after_reopening_the_file()
    {
        _store.Remember(Personal("a:1", "https://smba.trafficmanager.net/emea/"));

        var replaced = _store.Remember(Personal("a:1", "https://127.0.0.2:4443/attacker/") with { ServiceUrlVouched = false });
        _database.Dispose();
        using var reopened = new CreditDatabase(_folder.File("store.db"));
        var store = new ConversationReferenceStore(reopened);
        var replacedAfterReopening = store.Remember(Personal("a:1", "https://127.0.0.2:4443/attacker/") with { ServiceUrlVouched = false });

        Assert.False(replaced);
        Assert.False(replacedAfterReopening);
        Assert.Equal("https://smba.trafficmanager.net/emea/", store.Find("a:1")?.ServiceUrl);
        Assert.True(store.Find("a:1")?.ServiceUrlVouched);
    }

    [Fact]
    public void A_vouched_reference_replaces_an_unvouched_one()
    {
        _store.Remember(Personal("a:1", "https://old.example/") with { ServiceUrlVouched = false });

        var changed = _store.Remember(Personal("a:1", "https://smba.trafficmanager.net/emea/"));

        Assert.True(changed);
        Assert.Equal("https://smba.trafficmanager.net/emea/", _store.Find("a:1")?.ServiceUrl);
    }

    [Fact]
    public void An_unvouched_reference_is_not_found_for_proactive_messages()
    {
        _store.Remember(Personal("a:1", "https://elsewhere.example/") with { ServiceUrlVouched = false });

        Assert.Null(_store.Find("a:1"));
        Assert.Null(_store.FindPersonal("aad-1"));
        Assert.Single(_store.All());
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    private static ConversationReference Personal(string id, string serviceUrl) => new()
    {
        ConversationId = id,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        ConversationType = "personal",
        TenantId = "tenant-1",
        BotId = "28:bot",
        UserId = "29:user",
        UserAadObjectId = "aad-1",
        UserName = "Camille Martin",
        ServiceUrlVouched = true,
    };
}
