using System.Net;
using CreditBot.Delivery;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CreditBot.Tests.Delivery;

/// <summary>
/// Someone who never wrote to the bot and does not have the app: the outbox installs it through the real Graph SDK
/// (loopback fake Graph), then creates the chat through the Connector (loopback fake Bot Service) and delivers.
/// </summary>
public sealed class InstallThenMessageTests
{
    private const string Nadia = "5e0c1d2f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";

    [Fact]
    public async Task A_person_without_the_app_gets_it_installed_through_Graph_then_the_message()
    {
        await using var graph = await FakeGraphService.StartAsync();
        graph.AddUser(Nadia, "nadia.benali@contoso.example", "Nadia Benali", "fr-FR");
        var options = new GraphOptions { Enabled = true, BaseUrl = graph.BaseUrl, TeamsAppCatalogId = "catalog-app-1", CacheMinutes = 15 };
        var directory = new GraphUserDirectory(
            UserDirectories.CreateClient(options, FakeGraphService.Credential), Options.Create(options), TimeProvider.System, NullLogger<GraphUserDirectory>.Instance);
        await using var harness = await DeliveryHarness.StartAsync(directory: directory);
        harness.RememberConversation("19:general@thread.tacv2");

        // Teams refuses to create the chat until the app is installed for the person, as it does for a bot not in their roster.
        bool Installed() => graph.Requests.Any(r => r.Method == "POST" && r.Path == $"/v1.0/users/{Nadia}/teamwork/installedApps");
        using var notInstalled = harness.Fake.Storm(HttpStatusCode.Forbidden, "BotNotInConversationRoster", c => c.Segments is ["conversations"] && !Installed());

        harness.Enqueue("digest:daily:2026-11-23:" + Nadia, OutboxRecipient.Person(Nadia));
        await harness.RunUntilSettledAsync(1, TimeSpan.FromMinutes(1));

        var install = Assert.Single(graph.Requests, r => r.Method == "POST");
        Assert.Equal($"{graph.BaseUrl}/appCatalogs/teamsApps/catalog-app-1", (string)install.Body!["teamsApp@odata.bind"]!);
        var creates = harness.Fake.Requests.Where(r => r is { Method: "POST", Segments: ["conversations"] }).Select(r => r.Status);
        Assert.Equal([403, 200], creates);
        var message = harness.Store.Find("digest:daily:2026-11-23:" + Nadia)!;
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(message.ConversationId, Assert.Single(harness.Delivered).ConversationId);
        Assert.Equal(message.ConversationId, harness.App.Get<ConversationReferenceStore>().FindPersonal(Nadia)!.ConversationId);
    }
}
