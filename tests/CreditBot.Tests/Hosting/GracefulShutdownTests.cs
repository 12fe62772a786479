using System.Globalization;
using System.Net;
using System.Text;
using CreditBot.Delivery;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Hosting;

/// <summary>
/// SIGTERM while a question is being answered and the outbox is sending: the real executable finishes the turn
/// (its reply reaches the Connector and the asker gets 200), records every send it made, and exits 0.
/// </summary>
public sealed class GracefulShutdownTests
{
    private const int Queued = 200;

    [Fact]
    public async Task A_stop_during_a_turn_finishes_it_and_leaves_the_outbox_consistent()
    {
        using var folder = new TempFolder();
        var databasePath = folder.File("creditbot.db");
        await using var fake = await FakeBotService.StartAsync();
        SeedOutbox(databasePath, fake.ServiceUrl);
        await using var bot = await BotProcess.StartAsync(databasePath);

        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fake.Recorded += request =>
        {
            if (request.Activity is not null && request.Body.Contains("Ce que vous pouvez me demander", StringComparison.Ordinal) && !stopped.Task.IsCompleted)
            {
                // The reply of the turn is at the Connector, not yet answered: stop the bot now, and answer a moment later.
                bot.Terminate();
                stopped.TrySetResult();
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        };
        var question = ActivityBuilder.PersonalMessage().WithText("aide").WithLocale("fr-FR").WithId("turn-1")
            .WithConversationId("a:asker").WithServiceUrl(fake.ServiceUrl).ToJson();
        using var client = new HttpClient();
        using var answer = await client.PostAsync(new Uri(bot.BaseAddress, "api/messages"), new StringContent(question, Encoding.UTF8, "application/json"));
        Assert.True(stopped.Task.IsCompleted, "the stop came during the turn");
        var exitCode = await bot.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(fake.Requests, r => r.Activity is not null && r.Body.Contains("Ce que vous pouvez me demander", StringComparison.Ordinal) && r.Status == 200);
        Assert.Equal(0, exitCode);

        // Consistent: nothing left half-sent, every recorded send arrived once, the rest still waits.
        using var database = new CreditDatabase(databasePath);
        var all = new LiteDbOutboxStore(database).List(new OutboxQuery(Max: 10_000));
        var arrived = fake.Requests.Where(r => r.Activity?.Text is { } t && t.StartsWith('m') && r.Status == 200).Select(r => r.Activity!.Text!).ToList();
        Assert.DoesNotContain(all, m => m.Status == OutboxStatus.Sending);
        Assert.Equal(Queued, all.Count(m => m.Status is OutboxStatus.Sent or OutboxStatus.Pending));
        Assert.Equal(arrived.Count, arrived.Distinct().Count());
        Assert.Equal(all.Where(m => m.Status == OutboxStatus.Sent).Select(m => m.Key).Order(), arrived.Order());
        Assert.Contains(all, m => m.Status == OutboxStatus.Pending);
    }

    // One conversation, paced at Teams' per-conversation limits: the sending is still going on when the stop comes.
    private static void SeedOutbox(string databasePath, string serviceUrl)
    {
        using var database = new CreditDatabase(databasePath);
        var references = new ConversationReferenceStore(database);
        var outbox = new LiteDbOutboxStore(database);
        references.Remember(CreditBotChild.PersonalChat("a:busy", "oid-busy", serviceUrl));
        var at = DateTimeOffset.UtcNow;
        for (var i = 0; i < Queued; i++)
        {
            var key = "m" + i.ToString("000", CultureInfo.InvariantCulture);
            outbox.Enqueue(OutboxMessage.Create(key, OutboxRecipient.Conversation("a:busy"), $$"""{"type":"message","text":"{{key}}"}""", at));
        }
    }
}
