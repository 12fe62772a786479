using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.Cards;
using CreditBot.Digests;
using CreditBot.Domain;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Digests;

/// <summary>The daily digest on the hand-made ledger of <see cref="DigestSamples"/>, whose figures are worked out there.</summary>
public sealed class DailyDigestContentTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Lists_what_fell_due_crossed_30_60_90_broke_a_promise_aged_in_dispute_went_over_limit_or_waits()
    {
        var view = DigestSamples.DailyView();

        Assert.Equal(Money.Eur(30_000m), view.Digest.TotalOverdue);
        Assert.Equal(Money.Eur(12_000m), view.Digest.NewlyOverdueAmount);
        Assert.Equal(["F-101"], view.NewlyOverdue.Select(l => l.Number));
        Assert.Equal([("F-103", 90, 91), ("F-102", 30, 31)], view.Crossed.Select(l => (l.Number, l.CrossedDays!.Value, l.DaysPastDue)));
        Assert.Equal([("F-106", true), ("F-103", false)], view.Digest.BrokenPromises.Select(b => (b.Item.Number, b.NewlyBroken)));
        Assert.Equal([("F-104", 68)], view.OldDisputes.Select(l => (l.Number, l.DaysPastDue)));
        var over = Assert.Single(view.OverLimitClients);
        Assert.Equal(("C002", Money.Eur(18_000m), Money.Eur(8_000m)), (over.Client.Value, over.Exposure, over.Excess));
        var order = Assert.Single(view.WaitingOrders);
        Assert.Equal(("O-1", 7), (order.Number, order.DaysWaiting));
        Assert.Equal(["F-103", "F-102", "F-106", "F-101"], view.ToChase.Select(l => l.Number));
        Assert.Equal([819_000m, 124_000m, 36_000m, 12_000m], view.ToChase.Select(l => l.Weight));
    }

    [Theory]
    [InlineData("fr-FR", "Retards du jour", "Évolution depuis le résumé du")]
    [InlineData("en-US", "Overdue digest", "Change since the digest of")]
    public void The_card_says_it_in_the_readers_language_with_the_readers_figures(string cultureName, string title, string changeLabel)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var view = DigestSamples.DailyView(previousTotal: Money.Eur(18_000m));

        var text = CardText.Of(DailyDigestCard.Render(view, culture).ToNode());

        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(Figures.Money(Money.Eur(30_000m), culture), text, StringComparison.Ordinal);
        Assert.Contains(changeLabel, text, StringComparison.Ordinal);
        Assert.Contains("+" + Figures.Money(Money.Eur(12_000m), culture), text, StringComparison.Ordinal);
        Assert.Contains("+" + Figures.Money(Money.Eur(8_000m), culture), text, StringComparison.Ordinal);
        Assert.Contains(Figures.Date(DigestSamples.PreviousBusinessDay, culture), text, StringComparison.Ordinal);
        Assert.DoesNotContain(cultureName == "fr-FR" ? "Overdue" : "Retards", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_data_is_said_first_with_the_date_of_the_data_and_fresh_data_says_nothing_of_the_kind()
    {
        var stale = CardText.Lines(DailyDigestCard.Render(DigestSamples.DailyView(DigestSamples.Stale), English).ToNode()).ToList();
        var fresh = CardText.Lines(DailyDigestCard.Render(DigestSamples.DailyView(DigestSamples.Fresh), English).ToNode()).ToList();

        Assert.StartsWith("Stale data", stale[0], StringComparison.Ordinal);
        Assert.Contains(Figures.Date(new DateOnly(2026, 12, 4), English), stale[0], StringComparison.Ordinal);
        Assert.Contains(Figures.Date(new DateOnly(2026, 12, 3), English), stale[0], StringComparison.Ordinal);
        Assert.Contains("26", stale[0], StringComparison.Ordinal);
        Assert.DoesNotContain(fresh, line => line.StartsWith("Stale", StringComparison.Ordinal));
        Assert.StartsWith("Overdue digest", fresh[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_ask_for_the_clients_exposure_and_the_buttons_for_blocked_orders_and_overdue_clients()
    {
        var card = DailyDigestCard.Render(DigestSamples.DailyView(), French).ToNode();

        var asks = card.ToJsonString();

        Assert.Contains("\"value\":\"encours C002\"", asks, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"commandes bloquées\"", asks.Replace("\\u00E9", "é", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"mes clients en retard\"", asks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_credit_manager_gets_their_units_in_their_language_with_the_change_since_the_previous_digest()
    {
        using var folder = new TempFolder();
        using var host = DigestHost.Start(folder.File("creditbot.db"), new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero));
        host.Seed(DigestSamples.Snapshot, new DateTimeOffset(2026, 12, 8, 5, 30, 0, TimeSpan.Zero), DigestSamples.PreviousBusinessDay);

        // Monday 7 December on the same ledger: F-101 is not due yet, so Hugo's total is 4 000 + 9 000 + 3 000 + 2 000 = 18 000 €,
        // Claire's (Industrie) 16 000 €. On Tuesday: 30 000 € (+12 000 €) and 28 000 € (+12 000 €).
        await host.Runner.RunAsync(DigestKind.Daily, DigestSamples.PreviousBusinessDay, "test", CancellationToken.None);
        var outcome = await host.Runner.RunAsync(DigestKind.Daily, DigestSamples.Today, "test", CancellationToken.None);

        var claimed = Assert.IsType<DigestRunOutcome.Claimed>(outcome);
        Assert.Equal(2, claimed.Messages);
        Assert.False(claimed.Run.Stale);
        var claire = CardOf(host, DigestHost.Claire);
        var hugo = CardOf(host, DigestHost.Hugo);
        Assert.StartsWith("Retards du jour", claire, StringComparison.Ordinal);
        Assert.Contains(Figures.Money(Money.Eur(28_000m), French), claire, StringComparison.Ordinal);
        Assert.Contains("+" + Figures.Money(Money.Eur(12_000m), French), claire, StringComparison.Ordinal);
        Assert.Contains(Figures.Money(Money.Eur(16_000m), French), claire, StringComparison.Ordinal);
        Assert.DoesNotContain("Clinique Sud", claire, StringComparison.Ordinal);
        Assert.StartsWith("Overdue digest", hugo, StringComparison.Ordinal);
        Assert.Contains(Figures.Money(Money.Eur(30_000m), English), hugo, StringComparison.Ordinal);
        Assert.Contains(Figures.Money(Money.Eur(18_000m), English), hugo, StringComparison.Ordinal);
        Assert.Contains("Clinique Sud", hugo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_an_import_older_than_26_hours_the_cards_say_so_and_the_administrator_is_told()
    {
        using var folder = new TempFolder();
        using var host = DigestHost.Start(folder.File("creditbot.db"), new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero));
        host.Seed(DigestSamples.Snapshot, new DateTimeOffset(2026, 12, 7, 4, 59, 0, TimeSpan.Zero), new DateOnly(2026, 12, 6));

        var outcome = await host.Runner.RunAsync(DigestKind.Daily, DigestSamples.Today, "test", CancellationToken.None);

        Assert.True(Assert.IsType<DigestRunOutcome.Claimed>(outcome).Run.Stale);
        Assert.StartsWith("Données anciennes", CardOf(host, DigestHost.Claire), StringComparison.Ordinal);
        Assert.Contains(Figures.Date(new DateOnly(2026, 12, 6), French), CardOf(host, DigestHost.Claire), StringComparison.Ordinal);
        var note = host.Outbox.Find($"digest:daily-stale:2026-12-08:{DigestHost.Ada}");
        Assert.NotNull(note);
        Assert.Contains(Figures.Date(new DateOnly(2026, 12, 7), English), (string?)JsonNode.Parse(note.Payload)!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_26_hours_old_or_less_is_fresh()
    {
        using var folder = new TempFolder();
        using var host = DigestHost.Start(folder.File("creditbot.db"), new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero));
        host.Seed(DigestSamples.Snapshot, new DateTimeOffset(2026, 12, 7, 5, 0, 0, TimeSpan.Zero), new DateOnly(2026, 12, 6));

        var outcome = await host.Runner.RunAsync(DigestKind.Daily, DigestSamples.Today, "test", CancellationToken.None);

        Assert.False(Assert.IsType<DigestRunOutcome.Claimed>(outcome).Run.Stale);
        Assert.Null(host.Outbox.Find($"digest:daily-stale:2026-12-08:{DigestHost.Ada}"));
    }

    private static string CardOf(DigestHost host, string objectId)
    {
        var message = host.Outbox.Find(DigestKind.Daily.MessageKey(DigestSamples.Today, objectId)) ?? throw new InvalidOperationException("No digest for " + objectId);
        var activity = JsonNode.Parse(message.Payload)!;
        return CardText.Of(activity["attachments"]![0]!["content"]);
    }
}
