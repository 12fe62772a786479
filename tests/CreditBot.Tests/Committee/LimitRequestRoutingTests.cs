using System.Text.Json.Nodes;
using CreditBot.Cards;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Decisions;
using CreditBot.Tests.Support;
using static CreditBot.Tests.Committee.CommitteeHarness;

namespace CreditBot.Tests.Committee;

/// <summary>Within a credit manager's authority one manager decides on a simple card; older clients vote through Action.Submit.</summary>
public class LimitRequestRoutingTests
{
    [Fact]
    public async Task Within_a_credit_managers_authority_one_manager_decides_with_approve_or_reject()
    {
        await using var committee = await StartAsync();

        var (_, body) = await committee.SubmitAsync("20000");
        await committee.DeliverAsync();
        var request = committee.Request();
        var card = committee.Fake.Requests.Single(r => r.Method == "POST" && r.ConversationId == AlexChat && r.Activity?.Attachments is not null).Activity!.Attachments![0].Content!.ToNode();
        var (status, answer) = await committee.App.Teams.InvokeAsync(ActivityBuilder.CardAction()
            .WithConversationId(AlexChat).WithFrom("29:alex").WithFromAadObjectId(Alex).WithLocale("fr-FR")
            .With("replyToId", committee.Delivery.Store.Find($"limit:{request.Id}:card:{Alex}")!.ActivityId)
            .WithCardAction("committee.vote", $$"""{"requestId":"{{request.Id}}","choice":"approve"}""")
            .Build());
        await committee.DeliverAsync();

        Assert.StartsWith($"Demande {request.Id} envoyée à Alex Wilber (Agents Playground user) pour décision", (string)body!["value"]!, StringComparison.Ordinal);
        Assert.Equal(AuthorityLevel.CreditManager, request.Route);
        Assert.Equal([Alex], request.Request.Members);
        Assert.Equal(["Approuver", "Refuser", "Approuver à ce montant"], Buttons(card));
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var decided = committee.Store.Find(request.Id)!.Request.Decision!;
        Assert.Equal((DecisionOutcome.Approved, (Money?)Money.Eur(20_000m)), (decided.Outcome, decided.Amount));
        Assert.Contains("est approuvée", Assert.Single(committee.ToCamille()), StringComparison.Ordinal);
        Assert.Contains("Approuvée : nouvelle limite", CardText.Of(Card(answer!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vote_through_the_Action_Submit_fallback_counts_and_is_answered_in_the_chat()
    {
        await using var committee = await StartAsync();
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        var submit = ActivityBuilder.PersonalMessage()
            .WithId("submit-1")
            .WithText(null)
            .WithConversationId(Chat(Members[0]))
            .WithFrom("29:" + Members[0])
            .WithFromAadObjectId(Members[0])
            .WithLocale("fr-FR")
            .WithValue($$"""{"verb":"committee.vote","requestId":"{{id}}","choice":"reject","comment":"trop d'échu"}""")
            .Build();

        using var response = await committee.App.PostAsync(submit);
        var reply = await committee.Fake.WaitForRequestAsync(r => r is { Method: "POST", ActivityId: "submit-1" } && r.ConversationId == Chat(Members[0]), TimeSpan.FromSeconds(20));

        var vote = Assert.Single(committee.Store.Find(id)!.Request.Votes);
        Assert.Equal((Members[0], VoteChoice.Reject, "trop d'échu"), (vote.Member, vote.Choice, vote.Comment));
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("Votre vote est enregistré : vous refusez.", CardText.Of(reply.Activity!.Attachments![0].Content!.ToNode()), StringComparison.Ordinal);
    }

    private static List<string> Buttons(JsonNode card) => [.. Titles(card)];

    private static IEnumerable<string> Titles(JsonNode? node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "Action.Execute" => [(string)obj["title"]!],
        JsonObject obj => obj.SelectMany(p => Titles(p.Value)),
        JsonArray array => array.SelectMany(Titles),
        _ => [],
    };
}
