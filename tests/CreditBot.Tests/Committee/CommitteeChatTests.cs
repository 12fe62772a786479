using CreditBot.Cards;
using CreditBot.Tests.Support;
using static CreditBot.Tests.Committee.CommitteeHarness;

namespace CreditBot.Tests.Committee;

/// <summary>
/// The committee's own chat (<c>Committee:ConversationId</c>): one shared card that updates keep right (Teams does not
/// refresh cards there); the voter's own vote comes back in their view only.
/// </summary>
public class CommitteeChatTests
{
    private const string CommitteeChat = "19:committee@thread.tacv2";

    [Fact]
    public async Task One_shared_card_in_the_committee_chat_follows_the_tally_and_each_voter_sees_their_own_vote()
    {
        await using var committee = await StartAsync(settings => settings["Committee:ConversationId"] = CommitteeChat);
        committee.Delivery.RememberConversation(CommitteeChat);
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        var copy = committee.Delivery.Store.Find($"limit:{id}:card:{CommitteeChat}")!.ActivityId!;

        var (_, answer) = await committee.App.Teams.InvokeAsync(ActivityBuilder.CardAction()
            .WithConversationId(CommitteeChat).WithFrom("29:" + Members[0]).WithFromAadObjectId(Members[0]).WithLocale("fr-FR")
            .With("replyToId", copy)
            .WithCardAction("committee.vote", $$"""{"requestId":"{{id}}","choice":"approve","comment":"ok"}""")
            .Build());

        Assert.All(Members, member => Assert.Null(committee.Delivery.Store.Find($"limit:{id}:card:{member}")));
        Assert.Contains("Votre vote : vous approuvez.", CardText.Of(Card(answer!)), StringComparison.Ordinal);
        var shared = committee.Fake.Requests.Last(r => r.Method == "PUT" && r.ConversationId == CommitteeChat && r.ActivityId == copy).Activity!.Attachments![0].Content!.ToNode();
        Assert.Equal("1,0,0,0,4", string.Join(",", Tally(shared).Values));
        Assert.DoesNotContain("Votre vote", CardText.Of(shared), StringComparison.Ordinal);
        Assert.Contains("Claire Moreau approuve", CardText.Of(shared), StringComparison.Ordinal);
    }
}
