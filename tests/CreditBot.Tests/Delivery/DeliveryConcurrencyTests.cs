using CreditBot.Delivery;
using CreditBot.Storage;

namespace CreditBot.Tests.Delivery;

/// <summary>
/// The dispatcher keeps as many sends in flight as the tenant's rate needs for the time a send takes (Little's
/// law), and no more: each send in flight is a message a crash would send twice. The Connector answers on the fake
/// clock (<see cref="Support.FakeBotService.AnswerAfter"/>), so send times are exact.
/// </summary>
public sealed class DeliveryConcurrencyTests
{
    [Fact]
    public async Task Against_a_connector_answering_in_200_ms_eleven_sends_go_at_once_and_the_pacing_s_rate_is_reached()
    {
        await using var harness = await StartAsync(TimeSpan.FromMilliseconds(200), 500);
        var start = harness.Now;

        await harness.RunWithHeldAnswersUntilAsync(() => Settled(harness) == 500, TimeSpan.FromMinutes(2));

        AssertDeliveredOnceWithout429(harness, 500);

        // 50 / s × 0.2 s, plus one: enough for the rate, where 16 (the cap) were in flight before.
        Assert.Equal(11, harness.Dispatcher.PeakInFlight);

        // A send counts in the tenant's window from its answer, so at most 50 start in any 1.2 s: the 451st at 9 × 1.2 s
        // at best. With too few sends in flight (1: one every 0.2 s, 100 s in all) the last would arrive far later.
        var best = TimeSpan.FromSeconds(9 * 1.2);
        var last = harness.Delivered.Max(d => d.At!.Value) - start;
        Assert.True(best / last >= 0.9, $"the last send arrived {last.TotalSeconds:F2} s after the start: {best / last:P1} of the pacing's rate");
    }

    [Fact]
    public async Task Against_a_connector_answering_in_2_ms_one_send_at_a_time_reaches_the_rate()
    {
        await using var harness = await StartAsync(TimeSpan.FromMilliseconds(2), 200);
        var start = harness.Now;

        await harness.RunWithHeldAnswersUntilAsync(() => Settled(harness) == 200, TimeSpan.FromMinutes(1));

        AssertDeliveredOnceWithout429(harness, 200);
        Assert.Equal(1, harness.Dispatcher.PeakInFlight); // 50 / s × 0.002 s = 0.1, plus a half, rounded up

        // Teams' 50 / s: the 151st send at 3 s at best (3.006 s as the dispatcher counts sends, from their answers).
        var last = harness.Delivered.Max(d => d.At!.Value) - start;
        Assert.True(TimeSpan.FromSeconds(3) / last >= 0.9, $"the last send arrived {last.TotalSeconds:F2} s after the start");
    }

    [Fact]
    public async Task The_sends_in_flight_never_exceed_MaxConcurrentSends()
    {
        await using var harness = await StartAsync(TimeSpan.FromMilliseconds(200), 100, s => s["Delivery:MaxConcurrentSends"] = "4");

        await harness.RunWithHeldAnswersUntilAsync(() => Settled(harness) == 100, TimeSpan.FromMinutes(2));

        AssertDeliveredOnceWithout429(harness, 100);
        Assert.Equal(4, harness.Dispatcher.PeakInFlight);
    }

    private static async Task<DeliveryHarness> StartAsync(TimeSpan answerAfter, int messages, Action<Dictionary<string, string?>>? configure = null)
    {
        var harness = await DeliveryHarness.StartAsync(configure: configure);
        harness.Fake.AnswerAfter(answerAfter, harness.App.Time);
        for (var i = 0; i < messages; i++)
        {
            harness.RememberConversation($"19:c{i}@thread.tacv2");
        }

        harness.App.Get<CreditDatabase>().InTransaction(_ =>
        {
            for (var i = 0; i < messages; i++)
            {
                harness.Enqueue($"m{i}", OutboxRecipient.Conversation($"19:c{i}@thread.tacv2"));
            }
        });
        harness.Outbox.Wake();
        return harness;
    }

    private static int Settled(DeliveryHarness harness) => harness.Store.Summarize() is var s ? s.Count(OutboxStatus.Sent) + s.Failed : 0;

    private static void AssertDeliveredOnceWithout429(DeliveryHarness harness, int messages)
    {
        Assert.Equal(messages, harness.Store.Summarize().Count(OutboxStatus.Sent));
        Assert.Equal(messages, harness.Delivered.Count);
        Assert.Equal(messages, harness.Delivered.Select(r => r.Activity!.Text).Distinct().Count());
        Assert.DoesNotContain(harness.Fake.Requests, r => r.Status == 429);
    }
}
