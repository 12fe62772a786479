using CreditBot.BotFramework;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Bot;

public class StoredConversationTrustTests
{
    [Fact]
    public async Task After_a_restart_the_service_addresses_of_stored_conversations_are_trusted_for_proactive_messages()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        const string serviceUrl = "https://connector.learnt-from-teams.example/emea/";
        const string unknown = "https://elsewhere.example.com/";
        using (var database = new CreditDatabase(path))
        {
            new ConversationReferenceStore(database).Remember(new ConversationReference { ConversationId = "a:1", ServiceUrl = serviceUrl, ChannelId = "msteams", ConversationType = "personal" });
        }

        await using var app = await CreditBotApp.StartAsync(settings => settings["Storage:DatabasePath"] = path);

        Assert.True(app.Get<TrustedServiceUrls>().IsTrusted(serviceUrl));
        Assert.False(app.Get<TrustedServiceUrls>().IsTrusted(unknown));
    }
}
