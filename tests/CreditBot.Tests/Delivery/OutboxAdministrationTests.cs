using System.Net;
using System.Text.Json;
using CreditBot.Delivery;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Delivery;

/// <summary>What administrators see of the outbox: a readiness line, and the <c>deliveries</c> verb.</summary>
public sealed class OutboxAdministrationTests
{
    [Fact]
    public async Task Readiness_details_count_pending_sending_sent_and_the_last_day_s_terminal_failures_by_outcome()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        foreach (var id in new[] { "a:fine", "a:blocked", "a:gone", "a:busy" })
        {
            harness.RememberConversation(id, "oid-" + id);
        }

        using var blocked = harness.Fake.Storm(HttpStatusCode.Forbidden, "ConversationBlockedByUser", c => c.ConversationId == "a:blocked");
        using var gone = harness.Fake.Storm(HttpStatusCode.NotFound, "ConversationNotFound", c => c.ConversationId == "a:gone");
        using var busy = harness.Fake.Storm(HttpStatusCode.ServiceUnavailable, applies: c => c.ConversationId == "a:busy");

        // Yesterday's: one sent, one gone; today's: one sent, one blocked, one still waiting after a 503.
        harness.Enqueue("old-sent", OutboxRecipient.Conversation("a:fine"));
        harness.Enqueue("old-gone", OutboxRecipient.Conversation("a:gone"));
        await harness.RunUntilSettledAsync(2, TimeSpan.FromMinutes(1));
        harness.App.Time.Advance(TimeSpan.FromHours(25));
        harness.Enqueue("new-sent", OutboxRecipient.Conversation("a:fine"));
        harness.Enqueue("new-blocked", OutboxRecipient.Conversation("a:blocked"));
        harness.Enqueue("new-waiting", OutboxRecipient.Conversation("a:busy"));
        await harness.RunUntilAsync(
            () => harness.Store.Find("new-waiting")!.Attempts == 1 && harness.Store.Summarize() is var s && s.Count(OutboxStatus.Sent) + s.Failed == 4,
            TimeSpan.FromMinutes(1));

        using var http = new HttpClient { BaseAddress = harness.App.BaseAddress };
        using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outbox = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "outbox");
        Assert.Equal("Healthy", outbox.GetProperty("status").GetString());
        var data = outbox.GetProperty("data");
        Assert.Equal((1, 0, 1, 2), (data.GetProperty("pending").GetInt32(), data.GetProperty("sending").GetInt32(), data.GetProperty("sent24h").GetInt32(), data.GetProperty("failedTotal").GetInt32()));
        Assert.Equal("""{"BlockedByUser":1}""", data.GetProperty("failed24h").GetRawText());
        Assert.Equal(
            "Outbox as of 2026-11-24 10:00Z: pending 1, sending 0; in the last 24 h sent 1, terminal failures: BlockedByUser 1 (creditbot deliveries --failed --since DATE lists them).",
            outbox.GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_deliveries_verb_lists_terminal_outcomes_since_a_date_and_all_messages_without_filter()
    {
        using var folder = new TempFolder();
        var path = folder.File("creditbot.db");
        var day1 = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
        var day2 = day1.AddDays(1);
        using (var database = new CreditDatabase(path))
        {
            var store = new LiteDbOutboxStore(database);
            void Settle(string key, DateTimeOffset at, Func<OutboxMessage, OutboxMessage> outcome)
            {
                store.Enqueue(OutboxMessage.Create(key, OutboxRecipient.Person("oid-" + key), """{"type":"message","text":"hi"}""", at));
                var claimed = store.TryUpdate(store.Find(key)!.Sending(at))!;
                if (outcome(claimed) is var changed && changed != claimed)
                {
                    store.TryUpdate(changed);
                }
            }

            Settle("old-blocked", day1, m => m.Failed(OutboxStatus.BlockedByUser, "403 ConversationBlockedByUser", day1));
            Settle("new-sent", day2, m => m.Sent("1700001", "a:chat", day2));
            Settle("new-gone", day2, m => m.Failed(OutboxStatus.ConversationGone, "404 ConversationNotFound", day2));
            Settle("new-gave-up", day2, m => m.Failed(OutboxStatus.GaveUp, "503", day2));
        }

        var failed = await CreditBotCli.RunAsync("deliveries", "--failed", "--since", "2026-12-07", "--db", path);
        var all = await CreditBotCli.RunAsync("deliveries", "--json", "--db", path);

        Assert.True(failed.ExitCode == 0, failed.Error);
        var lines = failed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("ConversationGone", StringComparison.Ordinal) && l.Contains("new-gone", StringComparison.Ordinal) && l.EndsWith("404 ConversationNotFound", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GaveUp", StringComparison.Ordinal) && l.Contains("new-gave-up", StringComparison.Ordinal));
        Assert.Equal("sent 1, pending 0, failed 2", lines[^1]);
        Assert.True(all.ExitCode == 0, all.Error);
        using var json = JsonDocument.Parse(all.Output);
        Assert.Equal(
            ["new-gave-up:GaveUp", "new-gone:ConversationGone", "new-sent:Sent", "old-blocked:BlockedByUser"],
            json.RootElement.EnumerateArray().Select(m => $"{m.GetProperty("key").GetString()}:{m.GetProperty("status")}").Order(StringComparer.Ordinal));
    }
}
