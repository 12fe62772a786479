using System.Globalization;
using CreditBot.Answers;
using CreditBot.Cards;
using CreditBot.Digests;
using CreditBot.Domain;
using CreditBot.Domain.Orders;
using CreditBot.Storage;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Digests;

/// <summary>
/// The weekly summary's order blocks and committee decisions, read from real stores holding the blocks and requests of
/// <see cref="WeekSamples"/>, whose week figures are worked out there.
/// </summary>
public sealed class WeeklySummaryWeekTests : IDisposable
{
    private readonly LiteDbEngine _engine = new();
    private readonly LiteDbOrderBlockStore _blocks;
    private readonly LiteDbLimitRequestStore _requests;

    public WeeklySummaryWeekTests()
    {
        _blocks = new LiteDbOrderBlockStore(_engine.Database);
        _requests = new LiteDbLimitRequestStore(_engine.Database);
    }

    [Fact]
    public void The_week_runs_from_Monday_to_Sunday_midnight_in_the_company_zone_and_has_the_hand_worked_figures()
    {
        WeekSamples.Fill(_blocks, _requests);

        var week = WeeklyActivity.Of(_blocks, _requests, WeekSamples.AsOf, WeekSamples.Paris);

        Assert.Equal((WeekSamples.Since, WeekSamples.Until), (week.Since, week.Until));
        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)), (week.FirstDay, week.LastDay));
        var blocks = week.Blocks;
        Assert.Equal(5, blocks.Opened);
        Assert.Equal(
            [new BlockReasonCount("block.limit-exceeded", 3), new BlockReasonCount("block.overdue", 2), new BlockReasonCount("block.manual", 1)],
            blocks.ByReason);
        Assert.Equal((3, 1, 1, 0, 1, 1), (blocks.Decided, blocks.Released, blocks.ReleasedWithConditions, blocks.AutoReleased, blocks.Rejected, blocks.Expired));
        Assert.Equal(2m / 3m, blocks.ReleaseRate);
        Assert.Equal((4d, 24d), (blocks.MedianHoursToDecision, blocks.P90HoursToDecision));
        Assert.Equal((3, (TimeSpan?)new TimeSpan(19, 15, 0, 0)), (week.PendingAtEnd.Count, week.PendingAtEnd.OldestAge));
        Assert.Equal(["R1", "R2", "R3", "R4"], week.Decided.Select(r => r.Id));
        Assert.Equal((2, 1, 1), (week.Approved, week.Rejected, week.NoQuorum));
        Assert.Equal([Money.Eur(90_000m)], week.Granted);
        Assert.Equal(2, week.RequestsOpenAtEnd);
    }

    [Theory]
    [InlineData("fr-FR", "Blocages de commandes et décisions du comité", "Du lundi {0} au dimanche {1} inclus",
        "limite dépassée\u00A0(3) · retards\u00A0(2) · blocage manuel\u00A0(1)", "libérées\u00A0(1) · sous conditions\u00A0(1) · refusées\u00A0(1)",
        "accordées\u00A0(2) · refusées\u00A0(1) · sans quorum\u00A0(1)", "Sud Santé — {0} demandés, refusée", "Nord Métal — {0} → {1}, accordée", "La plus ancienne depuis {0}.", "90 % décidées en {0} au plus.", "Expirées sans décision", "Demandes encore ouvertes en fin de semaine : 2.")]
    [InlineData("en-US", "Order blocks and committee decisions", "From Monday {0} to Sunday {1} inclusive",
        "over limit\u00A0(3) · overdue\u00A0(2) · manual block\u00A0(1)", "released\u00A0(1) · with conditions\u00A0(1) · rejected\u00A0(1)",
        "approved\u00A0(2) · refused\u00A0(1) · no quorum\u00A0(1)", "Sud Santé — {0} requested, refused", "Nord Métal — {0} → {1}, approved", "The oldest for {0}.", "90% decided within {0}.", "Expired undecided", "Requests still open at the week's end: 2.")]
    public void The_card_says_the_period_and_the_weeks_figures_in_the_readers_language(
        string cultureName, string title, string period, string reasons, string decided, string decisions, string refused, string approved, string oldest, string p90, string expired, string open)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        WeekSamples.Fill(_blocks, _requests);
        var view = WeeklySamples.View() with { Week = WeeklyActivity.Of(_blocks, _requests, WeekSamples.AsOf, WeekSamples.Paris) };

        var lines = CardText.Lines(WeeklySummaryCard.Render(view, culture).ToNode()).ToList();
        var text = string.Join("\n", lines);

        string Money(decimal amount) => Figures.Money(CreditBot.Domain.Money.Eur(amount), culture);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(string.Format(culture, period, Figures.Date(new DateOnly(2026, 11, 23), culture), Figures.Date(new DateOnly(2026, 11, 29), culture)), text, StringComparison.Ordinal);
        Assert.Contains(reasons, lines);
        Assert.Contains(decided, lines);
        Assert.Equal("1", lines[lines.IndexOf(expired) + 2]);
        Assert.Contains(open, lines);
        Assert.Contains(Figures.Percent(66.7m, culture), text, StringComparison.Ordinal);
        Assert.Contains(Figures.Hours(4m, culture), lines);
        Assert.Contains(string.Format(culture, p90, Figures.Hours(24m, culture)), lines);
        Assert.Contains(string.Format(culture, oldest, Figures.Days(19.6m, culture)), text, StringComparison.Ordinal);
        Assert.Contains(decisions, lines);
        Assert.Contains(Money(90_000m), text, StringComparison.Ordinal);
        Assert.Contains(string.Format(culture, refused, Money(120_000m)), text, StringComparison.Ordinal);
        Assert.Contains(string.Format(culture, approved, Money(80_000m), Money(60_000m)), text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Sud Santé", StringComparison.Ordinal) < text.IndexOf("Nord Métal —", StringComparison.Ordinal)
            && text.IndexOf("Nord Métal —", StringComparison.Ordinal) < text.IndexOf("Est Chimie", StringComparison.Ordinal)
            && text.IndexOf("Est Chimie", StringComparison.Ordinal) < text.IndexOf("Ouest Bois", StringComparison.Ordinal), "largest request first");
        Assert.DoesNotContain("Avant SA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Après SARL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Plus Tard", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "Aucun blocage cette semaine.", "Aucune décision du comité cette semaine.", "Taux de libération")]
    [InlineData("en-US", "No order blocked this week.", "No committee decision this week.", "Release rate")]
    public void A_quiet_week_says_so_in_one_line_each(string cultureName, string noBlock, string noDecision, string rate)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var view = WeeklySamples.View() with { Week = WeeklyActivity.Of(_blocks, _requests, WeekSamples.AsOf, WeekSamples.Paris) };

        var lines = CardText.Lines(WeeklySummaryCard.Render(view, culture).ToNode()).ToList();

        Assert.Contains(noBlock, lines);
        Assert.Contains(noDecision, lines);
        Assert.DoesNotContain(lines, line => line.Contains(rate, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr-FR", "Aucun blocage cette semaine. En attente en fin de semaine : 3, la plus ancienne depuis {0}.", "Aucune décision du comité cette semaine. Demandes encore ouvertes en fin de semaine : 2.")]
    [InlineData("en-US", "No order blocked this week. Still waiting at the week's end: 3, the oldest for {0}.", "No committee decision this week. Requests still open at the week's end: 2.")]
    public void A_quiet_week_still_tells_what_waits_from_before(string cultureName, string blocks, string requests)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        WeekSamples.Fill(_blocks, _requests);

        // Two weeks on (7 to 13 December), nothing happens; B5, B6 and B8 still wait, B6 the longest (since 10 Nov 08:00
        // UTC: 33 days 15 h at 13 Dec 23:00 UTC); R6 and R7 are still open.
        var week = WeeklyActivity.Of(_blocks, _requests, WeekSamples.AsOf.AddDays(14), WeekSamples.Paris);
        var lines = CardText.Lines(WeeklySummaryCard.Render(WeeklySamples.View() with { Week = week }, culture).ToNode()).ToList();

        Assert.True(week.NoBlocks);
        Assert.Contains(string.Format(culture, blocks, Figures.Days(33.6m, culture)), lines);
        Assert.Contains(requests, lines);
    }

    public void Dispose() => _engine.Dispose();
}
