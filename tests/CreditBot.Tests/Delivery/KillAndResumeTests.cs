using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CreditBot.Delivery;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Delivery;

/// <summary>
/// The real executable delivers 100 messages, is killed (SIGKILL) as the 40th send arrives, and is started
/// again: the rest arrive, and nothing recorded as sent goes again. bench/delivery-kill.sh runs it 20 times
/// and sums the figure line it writes to <c>CREDITBOT_KILL_REPORT</c>.
/// </summary>
public sealed class KillAndResumeTests
{
    private const int Messages = 100;
    private const int KillAt = 40;

    [Fact]
    public async Task Killed_after_40_of_100_sends_then_restarted_the_other_60_arrive_and_no_recorded_send_repeats()
    {
        using var folder = new TempFolder();
        var databasePath = folder.File("creditbot.db");
        await using var fake = await FakeBotService.StartAsync();
        Seed(databasePath, fake.ServiceUrl);

        var received = new ConcurrentQueue<string>();
        var firstRun = true;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var distinct = new ConcurrentDictionary<string, byte>();
        Process? child = null;
        var gate = new object();
        fake.Recorded += request =>
        {
            if (request.Activity?.Text is not { } key)
            {
                return;
            }

            lock (gate)
            {
                received.Enqueue(key);
                distinct.TryAdd(key, 0);
                if (firstRun && received.Count == KillAt)
                {
                    // Before this send is answered: the child dies with it (and any other) in flight.
                    child!.Kill(entireProcessTree: true);
                    firstRun = false;
                    killed.TrySetResult();
                }

                if (distinct.Count == Messages)
                {
                    allArrived.TrySetResult();
                }
            }
        };

        lock (gate)
        {
            child = CreditBotChild.Start(databasePath);
        }

        await killed.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await child.WaitForExitAsync();
        child.Dispose();
        string[] beforeKill;
        lock (gate)
        {
            beforeKill = [.. received];
        }

        var (recordedSent, inFlight) = ReadState(databasePath);

        using var second = CreditBotChild.Start(databasePath);
        await allArrived.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await CreditBotChild.StopGracefullyAsync(second);

        var (finalSent, _) = ReadState(databasePath);
        var counts = received.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var twice = counts.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        var inFlightReceived = inFlight.Intersect(beforeKill).ToList();
        Report(beforeKill.Length, inFlight.Count, inFlightReceived.Count, twice.Count);

        Assert.Equal(Messages, finalSent.Count);
        Assert.Equal(Messages, counts.Count);
        Assert.Empty(twice.Intersect(recordedSent));
        Assert.All(twice, key => Assert.Contains(key, inFlightReceived));
    }

    private static void Seed(string databasePath, string serviceUrl)
    {
        using var database = new CreditDatabase(databasePath);
        var references = new ConversationReferenceStore(database);
        var outbox = new LiteDbOutboxStore(database);
        var at = DateTimeOffset.UtcNow;
        database.InTransaction(_ =>
        {
            for (var i = 0; i < Messages; i++)
            {
                var conversation = "a:" + i.ToString("000", CultureInfo.InvariantCulture);
                references.Remember(CreditBotChild.PersonalChat(conversation, "oid-" + i.ToString(CultureInfo.InvariantCulture), serviceUrl));
                var key = "m" + i.ToString("000", CultureInfo.InvariantCulture);
                outbox.Enqueue(OutboxMessage.Create(key, OutboxRecipient.Conversation(conversation), $$"""{"type":"message","text":"{{key}}"}""", at));
            }
        });
    }

    private static (HashSet<string> Sent, HashSet<string> Sending) ReadState(string databasePath)
    {
        using var database = new CreditDatabase(databasePath);
        var all = new LiteDbOutboxStore(database).List(new OutboxQuery(Max: 10_000));
        return (
            [.. all.Where(m => m.Status == OutboxStatus.Sent).Select(m => m.Key)],
            [.. all.Where(m => m.Status == OutboxStatus.Sending).Select(m => m.Key)]);
    }

    private static void Report(int receivedBeforeKill, int inFlight, int inFlightReceived, int sentTwice)
    {
        if (Environment.GetEnvironmentVariable("CREDITBOT_KILL_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"received_before_kill={receivedBeforeKill} in_flight_at_kill={inFlight} in_flight_received={inFlightReceived} sent_twice={sentTwice}\n"));
        }
    }
}
