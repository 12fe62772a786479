using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.Cards;
using CreditBot.Digests;
using CreditBot.Domain;
using CreditBot.Domain.Digests;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Digests;

/// <summary>The CFO's weekly summary on the hand-made ledger of <see cref="WeeklySamples"/>, whose figures are worked out there.</summary>
public sealed class WeeklySummaryContentTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Count_back_ratio_best_possible_delinquent_overdue_rate_and_the_cost_of_a_day_are_the_hand_worked_figures()
    {
        var view = WeeklySamples.View(previousDso: 47.0m, target: 40m);

        Assert.Equal(45.5m, view.Summary.Dso.Rounded(1));
        Assert.Equal(84.7m, view.Ratio!.Rounded(1));
        Assert.Equal(30.0m, view.BestPossible.Rounded(1));
        Assert.Equal(15.5m, Math.Round(view.DaysDelinquent!.Value, 1));
        Assert.Equal(23.1m, view.Summary.OverdueRate.Rounded(1));
        Assert.Equal((Money.Eur(5_000m), Money.Eur(5_000m)), (view.Beyond60.Overdue, view.Beyond90.Overdue));
        Assert.Equal(-1.5m, view.ChangeSinceLastWeek);
        Assert.Equal(5.5m, view.AgainstTarget);
        Assert.Equal((Money.Eur(767.12m), Money.Eur(30.68m)), (view.OneDayOfSales, view.OneDayYearlyCost));
        Assert.Equal(45.5m, view.Summary.Groups.Single(g => g.Kind == GroupKind.BusinessUnit && g.Key == "Nord").Dso.Rounded(1));
        Assert.Equal(["Nord Métal", "Sud Santé"], view.Summary.TopOverdue.Select(c => c.Name));
    }

    [Theory]
    [InlineData("fr-FR", "Synthèse DSO de la semaine", "méthode par épuisement")]
    [InlineData("en-US", "Weekly DSO summary", "count-back method")]
    public void The_card_gives_the_headline_to_one_decimal_with_its_method_and_period_in_the_readers_language(string cultureName, string title, string method)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);

        var text = CardText.Of(WeeklySummaryCard.Render(WeeklySamples.View(previousDso: 47.0m, target: 40m), culture).ToNode());

        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(method, text, StringComparison.Ordinal);
        Assert.Contains(Figures.Days(45.5m, culture), text, StringComparison.Ordinal);
        Assert.Contains(Figures.Days(84.7m, culture), text, StringComparison.Ordinal);
        Assert.Contains(Figures.Month(2026, 10, culture), text, StringComparison.Ordinal);
        Assert.Contains(Figures.Days(-1.5m, culture), text, StringComparison.Ordinal);
        Assert.Contains("+" + Figures.Days(5.5m, culture), text, StringComparison.Ordinal);
        Assert.Contains(Figures.Money(Money.Eur(30.68m), culture), text, StringComparison.Ordinal);
        Assert.Contains(Figures.Percent(23.1m, culture), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_weekly_run_records_its_DSO_and_the_next_one_shows_the_change()
    {
        using var folder = new TempFolder();
        using var host = DigestHost.Start(folder.File("creditbot.db"), new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));
        host.Seed(WeeklySamples.Snapshot, new DateTimeOffset(2026, 11, 30, 5, 30, 0, TimeSpan.Zero), WeeklySamples.MonthEnd);

        await host.Runner.RunAsync(DigestKind.Weekly, new DateOnly(2026, 11, 23), "test", CancellationToken.None);
        var outcome = await host.Runner.RunAsync(DigestKind.Weekly, WeeklySamples.MonthEnd, "test", CancellationToken.None);

        var run = Assert.IsType<DigestRunOutcome.Claimed>(outcome).Run;
        Assert.Equal(45.5m, run.Figures.Single(f => f.Name == WeeklySummaryComposer.DsoFigure).Value);
        Assert.Equal([DigestHost.Paul], run.Recipients);
        var message = host.Outbox.Find(DigestKind.Weekly.MessageKey(WeeklySamples.MonthEnd, DigestHost.Paul))!;
        var text = CardText.Of(JsonNode.Parse(message.Payload)!["attachments"]![0]!["content"]);
        Assert.StartsWith("Synthèse DSO de la semaine", text, StringComparison.Ordinal);
        var previous = host.Runs.Find(DigestKind.Weekly, new DateOnly(2026, 11, 23))!.Figures.Single(f => f.Name == WeeklySummaryComposer.DsoFigure).Value;
        Assert.Contains(Figures.Days(45.5m - previous, French), text, StringComparison.Ordinal);
        Assert.Contains(Figures.Date(new DateOnly(2026, 11, 23), French), text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_of_13_weeks_travels_in_the_card_as_a_PNG_at_most_1024_px_wide()
    {
        var view = WeeklySamples.View(history: true);

        var card = WeeklySummaryCard.Render(view, English).ToNode();

        Assert.Equal(13, view.Trend.Count);
        Assert.Equal(new DsoTrendPoint(WeeklySamples.MonthEnd, 45.5m, DsoTrendSource.Recorded), view.Trend[^1]);
        var url = (string?)card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Image")!["url"];
        Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
        var png = Convert.FromBase64String(url!["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.InRange(width, 1, 1024);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "creditbot-dso-trend.png"), png);
    }

    [Theory]
    [InlineData("fr-FR", "● Plein : 5 semaines relevées", "○ Creux : 8 semaines recalculées à partir du grand livre", "dates de lettrage")]
    [InlineData("en-US", "● Filled: 5 weeks recorded", "○ Hollow: 8 weeks recomputed from the ledger", "lettering dates")]
    public void The_note_under_the_chart_tells_recorded_weeks_from_weeks_recomputed_from_the_ledger_and_how(string cultureName, string recorded, string recomputed, string method)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);

        var text = CardText.Of(WeeklySummaryCard.Render(WeeklySamples.View(history: true), culture).ToNode());

        Assert.Contains(recorded, text, StringComparison.Ordinal);
        Assert.Contains(recomputed, text, StringComparison.Ordinal);
        Assert.Contains(method, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_a_palette_PNG_of_a_few_kilobytes()
    {
        var png = DsoTrendChart.Render(WeeklySamples.View(history: true).Trend, 40m, English, "DSO")!;

        Assert.Equal(3, png[25]);
        Assert.InRange(png.Length, 1, 8_000);
    }

    [Fact]
    public void Without_a_recorded_week_there_is_no_chart()
    {
        var card = WeeklySummaryCard.Render(WeeklySamples.View(), English).ToNode();

        Assert.DoesNotContain(card["body"]!.AsArray(), e => (string?)e!["type"] == "Image");
    }

    [Fact]
    public void A_card_that_would_be_too_big_for_Teams_with_its_chart_goes_without_it()
    {
        var view = WeeklySamples.View(history: true, week: true);
        var full = WeeklySummaryCard.Render(view, English).ToString().Length;
        var withoutChart = WeeklySummaryCard.Data(view, English, withChart: false);

        Assert.True(full <= WeeklySummaryCard.MaxCardChars, $"{full} characters");
        Assert.False((bool)withoutChart["hasChart"]!);
        Assert.True(CardTemplates.Bind(WeeklySummaryCard.TemplateName, withoutChart).ToString().Length < full);
    }
}
