using System.Net;
using CreditBot.Bot;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Bot;

public class TurnErrorTests
{
    [Fact]
    public async Task A_failing_card_action_is_answered_with_a_neutral_apology_in_the_users_language()
    {
        await using var app = await StartWithFailingVerbAsync();
        var invoke = ActivityBuilder.CardAction().WithLocale("en-US").WithCardAction(FailingHandler.Name, "{}").Build();

        var (status, body) = await app.Teams.InvokeAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(500, (int?)body!["statusCode"]);
        Assert.Equal("Sorry, something went wrong on my side. Please try again in a moment.", (string?)body["value"]!["message"]);
        Assert.DoesNotContain("secret", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_card_submit_is_answered_with_an_apology_message()
    {
        await using var app = await StartWithFailingVerbAsync();
        var submit = ActivityBuilder.PersonalMessage().WithText(null).WithLocale("fr-FR").WithValue($$"""{"verb":"{{FailingHandler.Name}}"}""").Build();

        var reply = await app.Teams.SendAndWaitAsync(submit);

        Assert.Equal("Désolé, un problème est survenu de mon côté. Merci de réessayer dans un instant.", reply.Text);
    }

    private static async Task<CreditBotApp> StartWithFailingVerbAsync()
    {
        var app = await CreditBotApp.StartAsync(configureServices: services => services.AddSingleton<ICardActionHandler, FailingHandler>());
        return app;
    }

    private sealed class FailingHandler : ICardActionHandler
    {
        public const string Name = "test.fail";

        public string Verb => Name;

        public Task<CardActionAnswer> HandleAsync(CardAction action, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret detail that must not reach the user");
    }
}
