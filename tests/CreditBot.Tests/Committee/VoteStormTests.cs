using System.Diagnostics;
using System.Net;
using CreditBot.Domain.Committee;
using Xunit.Abstractions;
using static CreditBot.Tests.Committee.CommitteeHarness;

namespace CreditBot.Tests.Committee;

/// <summary>
/// Fast taps counted twice is what poll bots get wrong: five members each clicking three times from two devices, all
/// thirty requests in parallel over real HTTP, fifty times over.
/// </summary>
public class VoteStormTests(ITestOutputHelper output)
{
    private const int Runs = 50;

    private static readonly string[] Choices = ["approve", "approve", "reject", "approve", "abstain"];

    [Fact]
    public async Task Each_vote_counts_once_and_each_request_is_decided_once_with_one_message_to_the_requester()
    {
        // The card goes to the committee's chat: one copy to keep right per request, so the run measures the votes.
        await using var committee = await StartAsync(settings => settings["Committee:ConversationId"] = "19:storm@thread.tacv2");
        committee.Delivery.RememberConversation("19:storm@thread.tacv2");
        var watch = Stopwatch.StartNew();
        var ids = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            var (submitted, _) = await committee.SubmitAsync("80000", formId: $"form-{run}");
            Assert.Equal(HttpStatusCode.OK, submitted);
            var id = committee.Store.ByRequester(Camille).Select(r => r.Id).Except(ids).Single();
            ids.Add(id);
            await committee.DeliverAsync();

            var clicks = Members
                .SelectMany((member, i) => Enumerable.Range(0, 3).SelectMany(click => new[] { "phone", "laptop" }.Select(device =>
                    committee.Click(id, member, Choices[i], comment: $"{device} {click}", activityId: $"{id}-{member}-{device}-{click}"))))
                .ToList();
            var answers = await Task.WhenAll(clicks.Select(click => committee.App.Teams.InvokeAsync(click)));

            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
            var record = committee.Store.Find(id)!;
            Assert.Equal(Members.Order(), record.Request.Votes.Select(v => v.Member).Order());
            Assert.Equal(DecisionOutcome.Approved, record.Request.Decision!.Outcome);
            var history = committee.Store.History(id);
            Assert.Equal(5, history.Count(e => e.Kind == "vote"));
            Assert.Single(history, e => e.Kind == "decided");
            Assert.Equal(6, record.Version);
        }

        await committee.DeliverAsync();
        var toCamille = committee.ToCamille();
        watch.Stop();
        output.WriteLine($"{Runs} runs of 30 parallel clicks in {watch.ElapsedMilliseconds} ms; {toCamille.Count} messages to the requester");
        Assert.All(ids, id => Assert.Single(toCamille, text => text.Contains(id, StringComparison.Ordinal)));
        Assert.Equal(Runs, toCamille.Count);
        Assert.Equal(ids[^1], committee.App.Get<CreditBot.Storage.DecidedLimitStore>().Find("C001")!.RequestId);
    }
}
