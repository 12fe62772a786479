using System.Net;
using static CreditBot.Tests.Committee.CommitteeHarness;

namespace CreditBot.Tests.Committee;

/// <summary>The form sent back is re-checked on the server: inputs, who asks, the client, a second click.</summary>
public class LimitRequestFormTests
{
    [Fact]
    public async Task A_second_click_on_the_same_form_creates_nothing_new_and_says_so()
    {
        await using var committee = await StartAsync();
        await committee.SubmitAsync("80000");

        var (status, body) = await committee.SubmitAsync("80000");

        Assert.Equal(HttpStatusCode.OK, status);
        var request = committee.Request();
        Assert.Equal($"Ce formulaire a déjà été envoyé (demande {request.Id}) : rien de nouveau n'a été créé.", (string)body!["value"]!);
    }

    [Theory]
    [InlineData("0", "Orders", "Indiquez la nouvelle limite, un montant positif en EUR : rien n'a été envoyé.")]
    [InlineData("abc", "Orders", "Indiquez la nouvelle limite, un montant positif en EUR : rien n'a été envoyé.")]
    [InlineData("80000", null, "Dites pourquoi : les décideurs lisent la justification. Rien n'a été envoyé.")]
    [InlineData("80000", "   ", "Dites pourquoi : les décideurs lisent la justification. Rien n'a été envoyé.")]
    public async Task A_form_with_a_missing_or_wrong_input_sends_nothing(string amount, string? justification, string expected)
    {
        await using var committee = await StartAsync();

        var (_, body) = await committee.SubmitAsync(amount, justification: justification);

        Assert.Equal(expected, (string)body!["value"]!);
        Assert.Empty(committee.Store.ByRequester(Camille));
        Assert.Equal(0, committee.Delivery.Store.Summarize().Count(CreditBot.Delivery.OutboxStatus.Pending));
    }

    [Fact]
    public async Task Someone_who_may_not_see_the_client_cannot_ask_for_its_limit()
    {
        const string locale = "en-US";
        await using var committee = await StartAsync();
        var julien = "8a2d4e61-0c3f-4b7a-a152-1b8f6c9e3a02";
        var submit = Support.ActivityBuilder.CardAction()
            .WithConversationId("a:julien").WithFrom("29:julien").WithFromAadObjectId(julien).WithLocale(locale)
            .WithCardAction("limit.submit", """{"clientCode":"C001","amount":"80000","justification":"mine now"}""")
            .Build();

        var (status, body) = await committee.App.Teams.InvokeAsync(submit);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(CreditBot.Answers.PlainReplies.Refusal(System.Globalization.CultureInfo.GetCultureInfo(locale)), (string)body!["value"]!);
        Assert.Empty(committee.Store.Open());
    }
}
