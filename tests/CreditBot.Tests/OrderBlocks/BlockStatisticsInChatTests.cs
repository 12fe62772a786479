using System.Globalization;
using CreditBot.Answers;
using CreditBot.OrderBlocks;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;
using A = CreditBot.Texts.AnswerTexts;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// "statistiques blocages" / "block stats" through the real chat path (signed activity in, the reply out through the
/// fake Connector): ACME's CMD-001 blocked at the import (an overdue item, its review date of 31/12/2024 passed), released by Claire three hours later;
/// the approvers get the figures of the last 30 days (or the days asked) in their language, anyone else a refusal
/// with no figure.
/// </summary>
public sealed class BlockStatisticsInChatTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    // A salesperson who decides nothing.
    private const string Dora = "0f0e0d0c-0000-4000-8000-00000000d0d0";

    private static async Task<BlockedOrderHarness> ReleasedAfterThreeHoursAsync()
    {
        var harness = await BlockedOrderHarness.StartAsync(new()
        {
            ["People:Directory:4:ObjectId"] = Dora,
            ["People:Directory:4:Name"] = "Dora Petit",
            ["People:Directory:4:Roles:0"] = "Salesperson",
        });
        harness.App.Time.Advance(TimeSpan.FromHours(3));
        var answer = await harness.InvokeAsync(harness.Click(BlockedOrderCard.ReleaseVerb, Claire, BlockedOrderHarness.Data(AcmeOrder, 1)));
        Assert.True(answer.IsCard, answer.Body?.ToJsonString());
        return harness;
    }

    [Theory]
    [InlineData("block stats", "en-US", 30)]
    [InlineData("blocking statistics last 90 days", "en-US", 90)]
    [InlineData("statistiques blocages", "fr-FR", 30)]
    [InlineData("stats blocages sur 90 jours", "fr-FR", 90)]
    public async Task The_cfo_gets_blocks_by_reason_release_rate_time_to_decision_and_who_in_the_language_asked(string text, string locale, int days)
    {
        await using var harness = await ReleasedAfterThreeHoursAsync();
        var culture = CultureInfo.GetCultureInfo(locale);
        var today = harness.App.Get<CreditBot.Company.CompanyClock>().Today;

        var reply = await harness.App.Teams.SayAsync(text, locale, Paul);

        Assert.True(reply.Card is not null, reply.Text);
        var card = reply.CardText;
        var hundred = Figures.Percent(100m, culture);
        var three = T.Format("stats.hours", culture, "3");
        Assert.StartsWith(T.Format("stats.title", culture, Figures.Days(days, culture)), card, StringComparison.Ordinal);
        Assert.Contains(T.Format("stats.subtitle", culture, Figures.Date(today.AddDays(-(days - 1)), culture), Figures.Date(today, culture), string.Empty).TrimEnd(), card, StringComparison.Ordinal);
        foreach (var row in new[]
        {
            $"{T.Get("stats.opened", culture)}\n{T.Format("stats.opened.note", culture, "0", "0")}\n1",
            $"{T.Get("stats.decided", culture)}\n1",
            $"{T.Get("stats.rate", culture)}\n{T.Format("stats.rate.note", culture, "1", "0", "0", "0")}\n{hundred}",
            $"{T.Get("stats.median", culture)}\n{three}",
            $"{T.Get("stats.p90", culture)}\n{three}",
            $"{T.Get("stats.reasons", culture)}\n{A.Get("block.overdue.short", culture)}\n1\n{A.Get("block.review-date-passed.short", culture)}\n1",
            $"{T.Get("stats.by-approver", culture)}\nClaire Moreau\n{T.Format("stats.approver.note", culture, hundred, three)}\n1",
            $"{T.Get("stats.by-salesperson", culture)}\nCamille Martin\n{T.Format("stats.salesperson.note", culture, "1", hundred)}\n1",
            $"{T.Get("stats.by-unit", culture)}\nIndustrie\n{T.Format("stats.salesperson.note", culture, "1", hundred)}\n1",
        })
        {
            Assert.Contains(row, card, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Dora, "stats blocages", "fr-FR")]
    [InlineData(Dora, "block stats", "en-US")]
    public async Task Someone_who_decides_no_order_is_refused_in_their_language_with_no_figure(string who, string text, string locale)
    {
        await using var harness = await ReleasedAfterThreeHoursAsync();
        var culture = CultureInfo.GetCultureInfo(locale);

        var reply = await harness.App.Teams.SayAsync(text, locale, who);

        Assert.Null(reply.Card);
        Assert.Equal(T.Get("stats.refused", culture), reply.Text);
        Assert.DoesNotContain(reply.Text!, char.IsDigit);
    }

    [Fact]
    public async Task A_period_beyond_ten_years_is_refused_naming_the_limit()
    {
        await using var harness = await ReleasedAfterThreeHoursAsync();

        var reply = await harness.App.Teams.SayAsync("block stats last 5000 days", "en-US", Paul);

        Assert.Equal(T.Format("stats.period-invalid", English, "3,650", "5,000"), reply.Text);
    }

    [Fact]
    public void Every_statistics_text_exists_in_both_languages_and_differs_where_it_has_words()
    {
        foreach (var key in new[] { "stats.refused", "stats.title", "stats.opened", "stats.decided", "stats.rate", "stats.by-approver", "stats.by-salesperson", "stats.by-unit", "stats.period-invalid" })
        {
            Assert.NotEqual(T.Get(key, French), T.Get(key, English));
        }
    }
}
