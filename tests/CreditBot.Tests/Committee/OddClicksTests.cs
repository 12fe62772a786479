using System.Net;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using static CreditBot.Tests.Committee.CommitteeHarness;

namespace CreditBot.Tests.Committee;

/// <summary>Every odd click is an answer, on the clicker's own view, in their language; none of them changes the request.</summary>
public class OddClicksTests
{
    private const string Julien = "8a2d4e61-0c3f-4b7a-a152-1b8f6c9e3a02";

    [Theory]
    [InlineData("fr-FR", "Vous aviez déjà voté (vous approuvez) : ce clic n'a rien changé.")]
    [InlineData("en-US", "You had already voted (you approve): this click changed nothing.")]
    public async Task The_same_vote_twice_is_a_no_op_that_says_so(string locale, string expected)
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;
        await committee.VoteAsync(id, Reader(locale), "approve");

        var again = await committee.VoteAsync(id, Reader(locale), "approve");

        Assert.Equal(expected, Notice(again));
        Assert.Equal(1, committee.Store.Find(id)!.Version);
    }

    [Theory]
    [InlineData("fr-FR", "Vous avez déjà voté (vous approuvez) et ce comité ne permet pas de changer de vote : rien n'a changé.")]
    [InlineData("en-US", "You already voted (you approve) and this committee does not allow changing a vote: nothing changed.")]
    public async Task A_change_of_vote_is_refused_when_the_committee_does_not_allow_it(string locale, string expected)
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;
        await committee.VoteAsync(id, Reader(locale), "approve");

        var changed = await committee.VoteAsync(id, Reader(locale), "reject");

        Assert.Equal(expected, Notice(changed));
        Assert.Equal(VoteChoice.Approve, Assert.Single(committee.Store.Find(id)!.Request.Votes).Choice);
    }

    [Theory]
    [InlineData("fr-FR", "Votre vote a changé : vous refusez (avant : vous approuvez).")]
    [InlineData("en-US", "Your vote changed: you reject (before: you approve).")]
    public async Task A_change_of_vote_is_taken_when_the_committee_allows_it(string locale, string expected)
    {
        await using var committee = await OpenAsync(settings => settings["Committee:AllowVoteChange"] = "true");
        var id = committee.Request().Id;
        await committee.VoteAsync(id, Reader(locale), "approve");

        var changed = await committee.VoteAsync(id, Reader(locale), "reject");

        Assert.Equal(expected, Notice(changed));
        Assert.Equal(VoteChoice.Reject, Assert.Single(committee.Store.Find(id)!.Request.Votes).Choice);
    }

    [Theory]
    [InlineData("fr-FR", "Cette demande est close (Refusée : la limite reste inchangée.) : votre clic n'a pas été compté.")]
    [InlineData("en-US", "This request is closed (Rejected: the limit stays as it was.): your click was not counted.")]
    public async Task A_click_after_closing_is_not_counted(string locale, string expected)
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;
        foreach (var member in Members.Skip(2))
        {
            await committee.VoteAsync(id, member, "reject");
        }

        var late = await committee.VoteAsync(id, Reader(locale), "approve");

        Assert.Equal(expected, Notice(late));
        Assert.Equal(3, committee.Store.Find(id)!.Request.Votes.Count);
    }

    [Theory]
    [InlineData("fr-FR", "Vous ne faites pas partie des décideurs de cette demande : votre clic n'a pas été compté.")]
    [InlineData("en-US", "You are not among those who decide this request: your click was not counted.")]
    public async Task A_click_from_someone_outside_the_committee_is_not_counted(string locale, string expected)
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;

        var outsider = await committee.VoteAsync(id, Julien, "approve", locale: locale);

        Assert.Equal(expected, Notice(outsider));
        Assert.Empty(committee.Store.Find(id)!.Request.Votes);
    }

    [Theory]
    [InlineData("fr-FR", "Vous avez demandé cette limite : vous ne pouvez pas voter sur votre propre demande (quatre yeux).")]
    [InlineData("en-US", "You asked for this limit: you cannot vote on your own request (four eyes).")]
    public async Task The_requester_cannot_vote_on_their_own_request(string locale, string expected)
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;

        var own = await committee.VoteAsync(id, Camille, "approve", locale: locale);

        Assert.Equal(expected, Notice(own));
        Assert.Empty(committee.Store.Find(id)!.Request.Votes);
    }

    [Theory]
    [InlineData("fr-FR", "Cette demande n'existe pas, ou la carte a été altérée : rien n'a été enregistré.")]
    [InlineData("en-US", "This request does not exist, or the card was altered: nothing was recorded.")]
    public async Task A_tampered_request_id_records_nothing(string locale, string expected)
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;

        var (status, body) = await committee.App.Teams.InvokeAsync(committee.Click(id, Reader(locale), "approve", requestIdInData: id + "-x"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, (string)body!["value"]!);
        Assert.Empty(committee.Store.Find(id)!.Request.Votes);
    }

    [Fact]
    public async Task A_tampered_version_or_amount_in_the_data_is_ignored_the_vote_applies_to_the_stored_request()
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;

        var (_, body) = await committee.App.Teams.InvokeAsync(committee.Click(id, Members[1], "approve", extra: """{"version":99,"amount":"1","requestedAmount":"1000000","member":"someone-else"}"""));

        Assert.Equal("Your vote is recorded: you approve.", Notice(body!));
        var record = committee.Store.Find(id)!;
        var vote = Assert.Single(record.Request.Votes);
        Assert.Equal((Members[1], (Money?)null), (vote.Member, vote.CounterAmount));
        Assert.Equal(Money.Eur(80_000m), record.Request.RequestedAmount);
        Assert.Equal(1, record.Version);
    }

    [Theory]
    [InlineData("fr-FR", "Saisissez l'autre montant (positif, en EUR) avant « Approuver à ce montant » : rien n'a été enregistré.")]
    [InlineData("en-US", "Type the other amount (a positive figure in EUR) before “Approve at this amount”: nothing was recorded.")]
    public async Task Approving_at_another_amount_without_one_records_nothing(string locale, string expected)
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;

        var answer = await committee.VoteAsync(id, Reader(locale), "counter", counter: "-5");

        Assert.Equal(expected, Notice(answer));
        Assert.Empty(committee.Store.Find(id)!.Request.Votes);
    }

    [Theory]
    [InlineData("fr-FR", "Ce n'est pas un des boutons de la carte : rien n'a été enregistré.")]
    [InlineData("en-US", "This is not one of the card's buttons: nothing was recorded.")]
    public async Task A_choice_that_is_not_on_the_card_records_nothing(string locale, string expected)
    {
        await using var committee = await OpenAsync();
        var id = committee.Request().Id;

        var answer = await committee.VoteAsync(id, Reader(locale), "approve-all");

        Assert.Equal(expected, Notice(answer));
        Assert.Empty(committee.Store.Find(id)!.Request.Votes);
    }

    /// <summary>Member 1 reads French, member 2 English (their configured language decides, as for a question).</summary>
    private static string Reader(string locale) => locale == "fr-FR" ? Members[0] : Members[1];

    private static async Task<CommitteeHarness> OpenAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var committee = await StartAsync(configure);
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        return committee;
    }
}
