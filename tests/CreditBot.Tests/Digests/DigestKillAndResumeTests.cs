using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CreditBot.Delivery;
using CreditBot.Digests;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CreditBot.Tests.Digests;

/// <summary>
/// A daily digest for 100 credit managers is claimed and enqueued; the real executable delivers it and is killed
/// (SIGKILL) as the 40th card arrives, then started again on the same store: the other 60 get their card, and no one
/// whose card was recorded as sent gets it again (only a send in flight at the kill may repeat, as the outbox says).
/// </summary>
public sealed class DigestKillAndResumeTests(ITestOutputHelper output)
{
    private const int Managers = 100;
    private const int KillAt = 40;

    [Fact]
    public async Task Killed_after_40_of_100_digests_then_restarted_the_other_60_get_theirs_and_the_first_40_not_again()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        await using var fake = await FakeBotService.StartAsync();
        await SeedAsync(path, fake.ServiceUrl);

        var received = new ConcurrentQueue<string>();
        var gate = new object();
        var firstRun = true;
        Process? child = null;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fake.Recorded += request =>
        {
            if (request.Activity?.Attachments is not { Count: > 0 } || request.ConversationId is not { } conversation)
            {
                return;
            }

            lock (gate)
            {
                received.Enqueue(conversation);
                if (firstRun && received.Count == KillAt)
                {
                    child!.Kill(entireProcessTree: true);
                    firstRun = false;
                    killed.TrySetResult();
                }

                if (received.Distinct().Count() == Managers)
                {
                    allArrived.TrySetResult();
                }
            }
        };

        lock (gate)
        {
            child = CreditBotChild.Start(path);
        }

        await killed.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await child.WaitForExitAsync();
        child.Dispose();
        var (recordedSent, inFlight) = Conversations(path);
        using (var second = CreditBotChild.Start(path))
        {
            await allArrived.Task.WaitAsync(TimeSpan.FromMinutes(2));
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        var counts = received.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var twice = counts.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        output.WriteLine($"received before the kill {KillAt}, recorded sent {recordedSent.Count}, in flight {inFlight.Count}, received in all {received.Count}, distinct {counts.Count}, twice {twice.Count}");
        Assert.Equal(Managers, counts.Count);
        Assert.NotEmpty(recordedSent);
        Assert.Empty(twice.Intersect(recordedSent));
        Assert.All(twice, conversation => Assert.Contains(conversation, inFlight));
    }

    private static async Task SeedAsync(string path, string serviceUrl)
    {
        var people = new Dictionary<string, string?>();
        for (var i = 0; i < Managers; i++)
        {
            people[$"People:Directory:{i}:ObjectId"] = ObjectId(i);
            people[$"People:Directory:{i}:Roles:0"] = "CreditManager";
            people[$"People:Directory:{i}:Language"] = i % 2 == 0 ? "fr" : "en";
        }

        // The messages are due when enqueued: the child's real clock must find them due, so the seed runs now.
        var now = TimeProvider.System.GetUtcNow();
        using var host = DigestHost.Start(path, now, people: people);
        host.Seed(DigestSamples.Snapshot, now.AddHours(-1), DigestSamples.PreviousBusinessDay);
        var references = host.Services.GetRequiredService<ConversationReferenceStore>();
        for (var i = 0; i < Managers; i++)
        {
            references.Remember(CreditBotChild.PersonalChat("a:" + i.ToString("000", CultureInfo.InvariantCulture), ObjectId(i), serviceUrl));
        }

        var outcome = await host.Runner.RunAsync(DigestKind.Daily, DigestSamples.Today, "test", CancellationToken.None);
        Assert.Equal(Managers, Assert.IsType<DigestRunOutcome.Claimed>(outcome).Messages);
    }

    // What the store recorded at the kill: sent (never to go again), and in flight (Sending: may go again).
    private static (HashSet<string> Sent, HashSet<string> InFlight) Conversations(string path)
    {
        using var database = new CreditDatabase(path);
        var references = new ConversationReferenceStore(database);
        var all = new LiteDbOutboxStore(database).List(new OutboxQuery(Max: 10_000));
        string ConversationOf(OutboxMessage m) => m.ConversationId ?? references.FindPersonal(m.Recipient.Id)!.ConversationId;
        return (
            [.. all.Where(m => m.Status == OutboxStatus.Sent).Select(ConversationOf)],
            [.. all.Where(m => m.Status == OutboxStatus.Sending).Select(ConversationOf)]);
    }

    private static string ObjectId(int i) => "0d1a0000-0000-4000-8000-" + i.ToString("000000000000", CultureInfo.InvariantCulture);
}
