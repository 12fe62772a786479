using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Bot;
using CreditBot.Company;
using CreditBot.Delivery;
using CreditBot.Demo;
using CreditBot.Digests;
using CreditBot.Ledger;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;
using T = CreditBot.Texts.DigestTexts;

namespace CreditBot.Tests.Digests;

/// <summary>
/// Issue 15, "On demand", through the real chat path (signed activity in, the reply out through the Connector) on the
/// demo ledger: a credit manager asking for their digest gets the very card the daily run would compose for them today,
/// in the language of the question; the CFO gets the weekly summary with its trend chart (last week's run recorded); anyone else a refusal that
/// says who gets it and shows no figure. Nothing is claimed nor sent to anyone else.
/// </summary>
public class DigestOnDemandTests
{
    private const string CreditManager = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c"; // Claire Moreau
    private const string Cfo = "c8e2f1b3-4d5a-4f6b-8c7d-8e9f0a1b2c3d"; // Paul Lefebvre

    // Camille Martin, a salesperson of the demo: no credit manager nor CFO role.
    private static readonly string Salesperson = DemoSalespeople.All.Single(p => p.Upn.StartsWith("camille", StringComparison.Ordinal)).ObjectId;

    private static Task<CreditBotApp> StartAsync() =>
        CreditBotApp.StartAsync(settings => settings["Storage:SeedDemoData"] = "true");

    [Theory]
    [InlineData("résumé du jour", "fr-FR", "fr")]
    [InlineData("mon resume stp", "en-US", "fr")]
    [InlineData("my digest pls", "fr-FR", "en")]
    [InlineData("daily digest", "en-US", "en")]
    public async Task A_credit_manager_gets_the_daily_digest_the_run_would_send_them_today_in_the_language_of_the_question(
        string text, string locale, string language)
    {
        await using var app = await StartAsync();
        var culture = language == "fr" ? TurnCulture.French : TurnCulture.English;
        var today = app.Get<CompanyClock>().Today;

        var reply = await SayAsync(app, text, locale, CreditManager);

        var claire = await app.Get<PeopleDirectory>().IdentifyAsync(reply.Asker, CancellationToken.None);
        var expected = app.Get<DailyDigestComposer>().CardFor(claire, today, culture).ToNode();
        Assert.True(reply.Card is not null, reply.Text);
        Assert.True(JsonNode.DeepEquals(expected, reply.Card), reply.CardText);
        Assert.Contains(T.Format("daily.title", culture, today.ToString("dddd d MMMM yyyy", culture)), reply.CardText, StringComparison.Ordinal);
        Assert.Null(app.Get<DigestRunStore>().Find(DigestKind.Daily, today));
        Assert.Null(app.Get<IOutboxStore>().Find(DigestKind.Daily.MessageKey(today, CreditManager)));
    }

    [Theory]
    [InlineData("résumé hebdo", "fr-FR", "fr")]
    [InlineData("synthese hebdo stp", "en-US", "fr")]
    [InlineData("weekly summary", "en-US", "en")]
    [InlineData("weekly summary pls", "fr-FR", "en")]
    public async Task The_cfo_gets_the_weekly_summary_with_its_chart_in_the_language_of_the_question(string text, string locale, string language)
    {
        // A two-client ledger, so that the card keeps its chart (on the 300-client demo the card is past Teams' size
        // budget with it and goes without, the run's card as much as this one); last Monday's run gives the trend a
        // second point.
        await using var app = await CreditBotApp.StartAsync();
        var culture = language == "fr" ? TurnCulture.French : TurnCulture.English;
        var monday = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        app.Time.SetUtcNow(monday);
        app.Get<LedgerStore>().ReplaceSnapshot(WeeklySamples.Snapshot, new ImportRun
        {
            Source = "test",
            Files = ["test"],
            Counts = ImportCounts.None,
            Currency = "EUR",
            Checksum = "weekly-samples",
            RequestedBy = "test",
            AtUtc = monday.AddHours(-3).UtcDateTime,
        });
        var today = app.Get<CompanyClock>().Today;
        var lastWeek = await app.Get<DigestRunner>().RunAsync(DigestKind.Weekly, today.AddDays(-7), "test", CancellationToken.None);
        Assert.IsType<DigestRunOutcome.Claimed>(lastWeek);

        var reply = await SayAsync(app, text, locale, Cfo);

        var expected = WeeklySummaryCard.Render(app.Get<WeeklySummaryComposer>().Compose(today), culture).ToNode();
        Assert.True(reply.Card is not null, reply.Text);
        Assert.True(JsonNode.DeepEquals(expected, reply.Card), reply.CardText);
        Assert.Contains(T.Format("weekly.title", culture, CreditBot.Answers.Figures.Date(today, culture)), reply.CardText, StringComparison.Ordinal);
        var chart = Images(reply.Card!).Select(i => (string?)i["url"]).Single(u => u?.StartsWith("data:", StringComparison.Ordinal) == true)!;
        Assert.StartsWith("data:image/png;base64,", chart, StringComparison.Ordinal);
        var png = Convert.FromBase64String(chart["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Null(app.Get<DigestRunStore>().Find(DigestKind.Weekly, today));
        Assert.Null(app.Get<IOutboxStore>().Find(DigestKind.Weekly.MessageKey(today, Cfo)));
    }

    [Fact]
    public async Task The_cfo_gets_the_weekly_summary_of_the_demo_ledger()
    {
        await using var app = await StartAsync();
        var today = app.Get<CompanyClock>().Today;

        var reply = await SayAsync(app, "synthèse hebdo", "fr-FR", Cfo);

        var expected = WeeklySummaryCard.Render(app.Get<WeeklySummaryComposer>().Compose(today), TurnCulture.French).ToNode();
        Assert.True(JsonNode.DeepEquals(expected, reply.Card), reply.Text ?? reply.CardText);
        Assert.Contains(T.Get("weekly.headline", TurnCulture.French), reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(Salesperson), "résumé du jour", "fr-FR", "fr", "daily")]
    [InlineData(nameof(Salesperson), "my digest", "en-US", "en", "daily")]
    [InlineData(nameof(Salesperson), "résumé hebdo", "fr-FR", "fr", "weekly")]
    [InlineData(nameof(Salesperson), "weekly summary pls", "en-US", "en", "weekly")]
    [InlineData(nameof(CreditManager), "synthèse hebdo", "fr-FR", "fr", "weekly")]
    [InlineData(nameof(CreditManager), "weekly summary", "fr-FR", "en", "weekly")]
    [InlineData(nameof(Cfo), "résumé du jour", "en-US", "fr", "daily")]
    [InlineData(nameof(Cfo), "daily digest", "en-US", "en", "daily")]
    public async Task Someone_without_the_role_is_told_who_gets_it_in_their_language_and_sees_no_figure(
        string who, string text, string locale, string language, string kind)
    {
        await using var app = await StartAsync();
        var culture = language == "fr" ? TurnCulture.French : TurnCulture.English;
        var objectId = who switch { nameof(Salesperson) => Salesperson, nameof(CreditManager) => CreditManager, _ => Cfo };

        var reply = await SayAsync(app, text, locale, objectId);

        Assert.Null(reply.Card);
        Assert.Equal(T.Get($"on-demand.refused.{kind}", culture), reply.Text);
        Assert.Contains(kind == "daily" ? "credit managers" : (language == "fr" ? "DAF" : "CFO"), reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Text!, char.IsDigit);
        Assert.DoesNotContain("€", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusals_exist_in_both_languages_and_differ()
    {
        foreach (var kind in new[] { "daily", "weekly" })
        {
            var french = T.Get($"on-demand.refused.{kind}", CultureInfo.GetCultureInfo("fr-FR"));
            var english = T.Get($"on-demand.refused.{kind}", CultureInfo.GetCultureInfo("en-US"));

            Assert.NotEqual(french, english);
        }
    }

    /// <summary>
    /// Sends a message and waits for the reply to it: the demo's blocked-order cards may reach the credit manager's
    /// chat meanwhile.
    /// </summary>
    private static async Task<Reply> SayAsync(CreditBotApp app, string text, string locale, string aadObjectId)
    {
        var id = Guid.NewGuid().ToString("N");
        var activity = ActivityBuilder.PersonalMessage().WithText(text).WithLocale(locale).WithId(id).WithFromAadObjectId(aadObjectId).Build();
        using var response = await app.PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}.");
        var request = await app.Fake!.WaitForRequestAsync(r => r.Activity is not null && r.ActivityId == id, TimeSpan.FromSeconds(20));
        return new Reply(request.Activity!, request, activity.From);
    }

    /// <summary>The bot's reply, and the account that asked (Teams gives its display name).</summary>
    private sealed record Reply(BotFramework.Activity Activity, ConnectorRequest Request, BotFramework.ChannelAccount? Asker)
    {
        private readonly BotReply _reply = new(Activity, Request);

        public string? Text => _reply.Text;

        public JsonNode? Card => _reply.Card;

        public string CardText => _reply.CardText;
    }

    private static IEnumerable<JsonObject> Images(JsonNode node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "Image" => [obj],
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : Images(p.Value)),
        JsonArray array => array.SelectMany(n => n is null ? [] : Images(n)),
        _ => [],
    };
}
