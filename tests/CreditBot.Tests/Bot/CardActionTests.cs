using System.Net;
using CreditBot.Storage;
using CreditBot.Tests.Answers;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Bot;

/// <summary>
/// Card clicks through the real HTTP path: an <c>Action.Execute</c> invoke and its <c>Action.Submit</c> fallback
/// reach the same handler as one typed action, and each gets exactly one answer.
/// </summary>
public class CardActionTests
{
    private const string CreditManager = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";
    private const string ClickedCardId = "1700000042";

    private static Task<CreditBotApp> StartAsync() =>
        CreditBotApp.StartAsync(settings => settings["Storage:SeedDemoData"] = "true");

    [Fact]
    public async Task A_submit_fallback_click_answers_once_by_replacing_the_clicked_card()
    {
        await using var app = await StartAsync();
        var choice = await app.Teams.SayAsync("encours bonnet", "fr-FR", CreditManager);
        var fallback = CardData.OfType(choice.Card, "Action.Submit")[0];
        var clientCode = (string)fallback["data"]!["clientCode"]!;
        var click = ActivityBuilder.PersonalMessage()
            .WithText(null)
            .WithId("submit-1")
            .WithFromAadObjectId(CreditManager)
            .With("replyToId", ClickedCardId)
            .WithValue(fallback["data"]!.ToJsonString())
            .Build();
        app.Fake!.ClearRequests();

        using var response = await app.PostAsync(click);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single(app.Fake.Requests, r => r.Activity is not null);
        Assert.Equal("PUT", answer.Method);
        Assert.Equal(ClickedCardId, answer.ActivityId);
        var clientName = app.Get<LedgerStore>().FindClient(new Domain.Clients.ClientCode(clientCode))!.Name;
        Assert.Contains(clientName, new BotReply(answer.Activity!, answer).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submit_fallback_click_without_the_clicked_message_id_answers_once_with_a_reply()
    {
        await using var app = await StartAsync();
        var choice = await app.Teams.SayAsync("encours bonnet", "fr-FR", CreditManager);
        var fallback = CardData.OfType(choice.Card, "Action.Submit")[0];
        var click = ActivityBuilder.PersonalMessage()
            .WithText(null)
            .WithId("submit-2")
            .WithFromAadObjectId(CreditManager)
            .WithValue(fallback["data"]!.ToJsonString())
            .Build();
        app.Fake!.ClearRequests();

        using var response = await app.PostAsync(click);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single(app.Fake.Requests, r => r.Activity is not null);
        Assert.Equal("POST", answer.Method);
        Assert.Equal("submit-2", answer.ActivityId);
    }
}
