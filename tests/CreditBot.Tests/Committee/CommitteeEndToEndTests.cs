using System.Net;
using CreditBot.Cards;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using CreditBot.Storage;
using static CreditBot.Tests.Committee.CommitteeHarness;

namespace CreditBot.Tests.Committee;

/// <summary>
/// A limit request from chat to decision over real HTTP: Camille asks 80 000 € for ACME (C001, limit 50 000 €), a
/// five-member committee (majority, quorum 3) votes on cards sent through the outbox, every copy follows the tally.
/// </summary>
public class CommitteeEndToEndTests
{
    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task Asking_in_chat_gives_the_form_and_sending_it_puts_the_request_to_the_committee()
    {
        await using var committee = await StartAsync();

        var form = await committee.App.Teams.SayAsync("demande de limite ACME 80 000 €", aadObjectId: Camille);
        var (status, body) = await committee.SubmitAsync("80000");
        await committee.DeliverAsync();

        Assert.Contains("Demande de limite de crédit · ACME Industrie SAS (C001)", form.CardText);
        Assert.Equal(80_000m, (decimal)form.Card!["body"]![2]!["value"]!);
        Assert.Equal(HttpStatusCode.OK, status);
        var request = committee.Request();
        Assert.StartsWith($"Demande {request.Id} envoyée au comité crédit (5 membres)", (string)body!["value"]!);
        Assert.Equal(Money.Eur(80_000m), request.Request.RequestedAmount);
        Assert.Equal(Money.Eur(50_000m), request.Request.CurrentLimit);
        Assert.Equal(3, request.Request.Rules.Quorum);
        Assert.Equal(Money.Eur(800_000m), request.Note.SalesToRecoverLoss);
        Assert.All(Members, member => Assert.NotNull(committee.CopyOf(request.Id, member)));
        var frenchCopy = committee.Fake.Requests.Single(r => r.Method == "POST" && r.ConversationId == Chat(Members[0]) && r.Activity?.Attachments is not null);
        var englishCopy = committee.Fake.Requests.Single(r => r.Method == "POST" && r.ConversationId == Chat(Members[1]) && r.Activity?.Attachments is not null);
        Assert.Contains("Note de synthèse", CardText.Of(frenchCopy.Activity!.Attachments![0].Content!.ToNode()));
        Assert.Contains("Synthesis note", CardText.Of(englishCopy.Activity!.Attachments![0].Content!.ToNode()));
    }

    [Fact]
    public async Task Five_votes_with_a_counter_amount_update_every_copy_and_apply_the_lowest_amount_once()
    {
        await using var committee = await StartAsync();
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        (string Member, string Choice, string? Comment, string? Counter)[] votes =
        [
            (Members[0], "approve", "Bon payeur depuis 10 ans", null),
            (Members[1], "counter", "60k is enough for now", "60000"),
            (Members[2], "reject", "Trop d'échu", null),
            (Members[3], "approve", null, null),
            (Members[4], "abstain", null, null),
        ];

        var expected = new[] { (1, 0, 0, 4), (2, 0, 0, 3), (2, 1, 0, 2), (3, 1, 0, 1), (3, 1, 1, 0) };
        for (var i = 0; i < votes.Length; i++)
        {
            var (member, choice, comment, counter) = votes[i];
            var answer = await committee.VoteAsync(id, member, choice, comment, counter);

            var (approve, reject, abstain, pending) = expected[i];
            Assert.Contains(Locale(member) == "fr-FR" ? "Votre vote" : "Your vote", CardText.Of(Card(answer)));
            foreach (var (copyMember, copy) in committee.LatestCopies(id))
            {
                var tally = string.Join(",", Tally(copy).Values);
                Assert.True($"{approve},{reject},{abstain},0,{pending}" == tally, $"After vote {i + 1}, {copyMember}'s copy shows {tally}");
            }
        }

        await committee.DeliverAsync();
        var decided = committee.Store.Find(id)!;
        Assert.Equal(DecisionOutcome.Approved, decided.Request.Decision!.Outcome);
        Assert.Equal(Money.Eur(60_000m), decided.Request.Decision.Amount);
        Assert.Equal(ClosingReason.AllVoted, decided.Request.Decision.Closing);
        Assert.Single(committee.Store.History(id), e => e.Kind == "decided");
        Assert.Equal(votes.Select(v => v.Member), committee.Store.History(id).Where(e => e.Kind == "vote").Select(e => e.Actor));
        Assert.Equal(Money.Eur(60_000m), committee.App.Get<LedgerStore>().FindClient(new Domain.Clients.ClientCode("C001"))!.Limit!.Amount);
        var message = Assert.Single(committee.ToCamille());
        Assert.StartsWith($"Votre demande de limite {id} pour ACME Industrie SAS (C001) est approuvée : nouvelle limite {CreditBot.Answers.Figures.Money(Money.Eur(60_000m), French)}", message, StringComparison.Ordinal);
        Assert.Contains("Votes : 3 pour, 1 contre, 1 abstention(s), 0 déport(s).", message, StringComparison.Ordinal);
        Assert.All(votes.Where(v => v.Comment is not null), v => Assert.Contains(v.Comment!, decided.Minutes!, StringComparison.Ordinal));
        Assert.Contains("Paul Lefebvre approuve à 60", decided.Minutes!, StringComparison.Ordinal);
        Assert.All(committee.LatestCopies(id), copy => Assert.Contains(
            CreditBot.Committee.CommitteeCard.Outcome(decided, decided.Request.Decision, System.Globalization.CultureInfo.GetCultureInfo(Locale(copy.Key))), CardText.Of(copy.Value), StringComparison.Ordinal));
        Assert.All(Members, member => Assert.NotNull(committee.Delivery.Store.Find($"limit:{id}:minutes:{member}")));
    }
}
