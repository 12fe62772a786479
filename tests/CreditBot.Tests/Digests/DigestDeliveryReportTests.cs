using CreditBot.Delivery;
using CreditBot.Digests;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Digests;

public sealed class DigestDeliveryReportTests
{
    [Fact]
    public async Task Says_who_got_the_digest_and_who_could_not_be_reached_and_why()
    {
        using var folder = new TempFolder();
        using var host = DigestHost.Start(folder.File("creditbot.db"), new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero));
        host.Seed(DigestSamples.Snapshot, new DateTimeOffset(2026, 12, 8, 5, 30, 0, TimeSpan.Zero));
        await host.Runner.RunAsync(DigestKind.Daily, DigestSamples.Today, "test", CancellationToken.None);
        var at = host.Clock.GetUtcNow();
        var claire = host.Outbox.Find(DigestKind.Daily.MessageKey(DigestSamples.Today, DigestHost.Claire))!;
        var hugo = host.Outbox.Find(DigestKind.Daily.MessageKey(DigestSamples.Today, DigestHost.Hugo))!;
        host.Outbox.TryUpdate(claire.Sending(at).Sent("act-1", "a:claire", at));
        host.Outbox.TryUpdate(hugo.Sending(at).Failed(OutboxStatus.BlockedByUser, "403 ConversationBlockedByUser", at));

        var report = host.Services.GetRequiredService<DigestDeliveryReport>().Of(DigestKind.Daily, DigestSamples.Today)!;

        Assert.Equal(
            [(DigestHost.Claire, (OutboxStatus?)OutboxStatus.Sent, true, false, (string?)null), (DigestHost.Hugo, OutboxStatus.BlockedByUser, false, true, "403 ConversationBlockedByUser")],
            report.Select(l => (l.Recipient, l.Status, l.Delivered, l.Unreachable, l.LastError)));
        Assert.Null(host.Services.GetRequiredService<DigestDeliveryReport>().Of(DigestKind.Daily, DigestSamples.PreviousBusinessDay));
    }
}
