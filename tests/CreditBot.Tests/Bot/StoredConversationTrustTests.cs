using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CreditBot.BotFramework;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Bot;

public class StoredConversationTrustTests
{
    [Fact]
    public async Task After_a_restart_only_vouched_service_addresses_of_stored_conversations_are_trusted()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        const string vouched = "https://connector.learnt-from-teams.example/emea/";
        const string unvouched = "https://stored-without-a-claim.example/emea/";
        using (var database = new CreditDatabase(path))
        {
            var store = new ConversationReferenceStore(database);
            store.Remember(Personal("a:1", vouched, "aad-1") with { ServiceUrlVouched = true });
            store.Remember(Personal("a:2", unvouched, "aad-2"));
        }

        await using var app = await CreditBotApp.StartAsync(settings => settings["Storage:DatabasePath"] = path);

        var trusted = app.Get<TrustedServiceUrls>();
        Assert.True(trusted.IsTrusted(vouched));
        Assert.False(trusted.IsTrusted(unvouched));
        Assert.Equal(vouched, app.Get<ConversationReferenceStore>().FindPersonal("aad-1")?.ServiceUrl);
        Assert.Null(app.Get<ConversationReferenceStore>().FindPersonal("aad-2"));
        Assert.Null(app.Get<ConversationReferenceStore>().Find("a:2"));
    }

    [Fact]
    public async Task A_reference_on_a_teams_host_stored_before_the_vouched_flag_existed_stays_usable()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        const string teams = "https://smba.trafficmanager.net/emea/";
        using (var database = new CreditDatabase(path))
        {
            new ConversationReferenceStore(database).Remember(Personal("a:1", teams, "aad-1"));
        }

        await using var app = await CreditBotApp.StartAsync(settings => settings["Storage:DatabasePath"] = path);

        var found = app.Get<ConversationReferenceStore>().FindPersonal("aad-1");
        Assert.Equal(teams, found?.ServiceUrl);
        Assert.True(found?.ServiceUrlVouched);
    }

    /// <summary>
    /// Issue 11, item 1: Production, an Entra v2 token of the bot's own tenant (no serviceurl claim),
    /// a message with an attacker's serviceUrl, for a new conversation and for an existing one. The bot
    /// must refuse it, and after a restart on the same store neither trust that host nor send there.
    /// </summary>
    [Fact]
    public async Task An_entra_token_cannot_plant_a_service_address_that_is_trusted_after_a_restart()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        using var attacker = new TcpListener(IPAddress.Parse("127.0.0.2"), 0);
        attacker.Start();
        var attackerUrl = $"https://127.0.0.2:{((IPEndPoint)attacker.LocalEndpoint).Port}/attacker/";
        string vouchedUrl;
        await using (var first = await CreditBotApp.StartAsync(settings => settings["Storage:DatabasePath"] = path))
        {
            var fake = first.Fake!;
            vouchedUrl = fake.ServiceUrl;
            using var hello = await first.PostAsync(Message("a:victim", vouchedUrl, "aide"));
            Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
            var entraToken = new AuthenticationHeaderValue("Bearer", fake.IssueEntraToken(serviceUrl: null));

            using var overwrite = await fake.PostActivityAsync(first.MessagesEndpoint, Message("a:victim", attackerUrl, "aide"), entraToken);
            using var plant = await fake.PostActivityAsync(first.MessagesEndpoint, Message("a:attacker", attackerUrl, "aide"), entraToken);

            Assert.Equal(HttpStatusCode.Unauthorized, overwrite.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, plant.StatusCode);
        }

        await using var second = await CreditBotApp.StartAsync(settings => settings["Storage:DatabasePath"] = path);

        var store = second.Get<ConversationReferenceStore>();
        Assert.False(second.Get<TrustedServiceUrls>().IsTrusted(attackerUrl));
        Assert.True(second.Get<TrustedServiceUrls>().IsTrusted(vouchedUrl));
        Assert.Equal(vouchedUrl, store.Find("a:victim")?.ServiceUrl);
        Assert.Null(store.Find("a:attacker"));
        var proactive = () => second.Get<ConnectorClient>().SendToConversationAsync(attackerUrl, "a:victim", Activity.CreateMessage("figures"), CancellationToken.None);
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(proactive);
        Assert.False(attacker.Pending());
    }

    private static Activity Message(string conversationId, string serviceUrl, string text) =>
        ActivityBuilder.PersonalMessage().WithConversationId(conversationId).WithServiceUrl(serviceUrl).WithText(text).Build();

    private static ConversationReference Personal(string id, string serviceUrl, string aadObjectId) => new()
    {
        ConversationId = id,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        ConversationType = "personal",
        UserAadObjectId = aadObjectId,
    };
}
