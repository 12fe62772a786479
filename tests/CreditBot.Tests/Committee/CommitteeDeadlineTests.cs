using CreditBot.Committee;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using static CreditBot.Tests.Committee.CommitteeHarness;

namespace CreditBot.Tests.Committee;

/// <summary>Deadlines and reminders on the fake clock: no quorum is an outcome, the rule decides at the deadline, reminders go once.</summary>
public class CommitteeDeadlineTests
{
    [Fact]
    public async Task At_the_deadline_two_votes_of_the_three_needed_close_the_request_without_quorum()
    {
        await using var committee = await StartAsync();
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        await committee.VoteAsync(id, Members[0], "approve");
        await committee.VoteAsync(id, Members[1], "approve");

        committee.App.Time.SetUtcNow(committee.Store.Find(id)!.Request.Deadline.AddMinutes(1));
        await committee.App.Get<CommitteeDeadlines>().RunAsync(committee.App.Time.GetUtcNow(), CancellationToken.None);
        await committee.DeliverAsync();

        var closed = committee.Store.Find(id)!;
        Assert.Equal(DecisionOutcome.NoQuorum, closed.Request.Decision!.Outcome);
        Assert.Equal(ClosingReason.DeadlinePassed, closed.Request.Decision.Closing);
        Assert.Null(closed.Request.Decision.Amount);
        Assert.StartsWith($"Votre demande de limite {id} pour ACME Industrie SAS (C001)", Assert.Single(committee.ToCamille()), StringComparison.Ordinal);
        Assert.Contains("close sans quorum", Assert.Single(committee.ToCamille()), StringComparison.Ordinal);
        Assert.All(committee.LatestCopies(id), copy => Assert.Contains(
            Locale(copy.Key) == "fr-FR" ? "Close sans quorum (2 votes, 3 requis)" : "Closed without quorum (2 votes, 3 needed)",
            CreditBot.Cards.CardText.Of(copy.Value),
            StringComparison.Ordinal));
        Assert.Equal(Money.Eur(50_000m), committee.App.Get<CreditBot.Storage.LedgerStore>().FindClient(new Domain.Clients.ClientCode("C001"))!.Limit!.Amount);
    }

    [Fact]
    public async Task At_the_deadline_three_approvals_meet_the_rule_and_grant_the_amount_asked()
    {
        await using var committee = await StartAsync();
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        foreach (var member in Members.Take(3))
        {
            await committee.VoteAsync(id, member, "approve");
        }

        Assert.False(committee.Store.Find(id)!.IsClosed);

        committee.App.Time.SetUtcNow(committee.Store.Find(id)!.Request.Deadline);
        await committee.App.Get<CommitteeDeadlines>().RunAsync(committee.App.Time.GetUtcNow(), CancellationToken.None);
        await committee.DeliverAsync();

        var closed = committee.Store.Find(id)!;
        Assert.Equal(DecisionOutcome.Approved, closed.Request.Decision!.Outcome);
        Assert.Equal(Money.Eur(80_000m), closed.Request.Decision.Amount);
        Assert.Equal(ClosingReason.DeadlinePassed, closed.Request.Decision.Closing);
        Assert.Contains("est approuvée", Assert.Single(committee.ToCamille()), StringComparison.Ordinal);
        Assert.Single(committee.Store.History(id), e => e.Kind == "decided");
    }

    [Fact]
    public async Task Members_who_have_not_voted_are_reminded_once_a_day_before_the_deadline_in_their_language()
    {
        await using var committee = await StartAsync();
        await committee.SubmitAsync("80000");
        await committee.DeliverAsync();
        var id = committee.Request().Id;
        await committee.VoteAsync(id, Members[0], "approve");
        var deadlines = committee.App.Get<CommitteeDeadlines>();
        var deadline = committee.Store.Find(id)!.Request.Deadline;

        committee.App.Time.SetUtcNow(deadline.AddHours(-25));
        await deadlines.RunAsync(committee.App.Time.GetUtcNow(), CancellationToken.None);
        var early = Members.Count(m => committee.Delivery.Store.Find($"limit:{id}:reminder:{m}") is not null);
        committee.App.Time.SetUtcNow(deadline.AddHours(-23));
        await deadlines.RunAsync(committee.App.Time.GetUtcNow(), CancellationToken.None);
        await deadlines.RunAsync(committee.App.Time.GetUtcNow(), CancellationToken.None);
        await committee.DeliverAsync();

        Assert.Equal(0, early);
        Assert.Null(committee.Delivery.Store.Find($"limit:{id}:reminder:{Members[0]}"));
        foreach (var member in Members.Skip(1))
        {
            var texts = committee.Fake.Requests
                .Where(r => r is { Method: "POST", Status: 200 } && r.ConversationId == Chat(member) && r.Activity?.Text is not null)
                .Select(r => r.Activity!.Text!)
                .ToList();
            var reminder = Assert.Single(texts);
            Assert.StartsWith(Locale(member) == "fr-FR" ? $"Rappel : votre vote sur la demande de limite {id}" : $"Reminder: your vote on limit request {id}", reminder, StringComparison.Ordinal);
        }
    }
}
