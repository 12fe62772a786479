using System.Globalization;
using System.Net;
using System.Text.Json;
using CreditBot.Delivery;
using CreditBot.Domain;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.Tests.OrderBlocks;

public sealed class DecidingABlockedOrderTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task Release_clicked_answers_the_clicker_updates_every_copy_tells_the_salesperson_and_logs_what_was_seen()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();
        var claireCard = harness.CardTo(Claire)!;
        var brunoCard = harness.CardTo(Bruno)!;
        harness.Delivery.Fake.ClearRequests();

        var answer = await harness.InvokeAsync(harness.Click(
            BlockedOrderCard.ReleaseVerb, Claire, BlockedOrderHarness.Data(AcmeOrder, 1)));
        await harness.Delivery.RunUntilAsync(() => TextTo(harness, Camille) is not null, TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.IsCard, answer.Body?.ToJsonString());
        Assert.Contains("Libérée par Claire Moreau le", answer.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Libérer sous conditions", answer.CardText, StringComparison.Ordinal);

        // Every copy, each in its reader's language: Claire's in French, Bruno's in English.
        var puts = harness.Delivery.Fake.Requests.Where(r => r.Method == "PUT").ToList();
        Assert.Equal(
            new[] { claireCard.ActivityId, brunoCard.ActivityId }.Order(StringComparer.Ordinal),
            puts.Select(r => r.ActivityId).Order(StringComparer.Ordinal));
        Assert.Contains("Released by Claire Moreau on", CardOf(Assert.Single(puts, p => p.ActivityId == brunoCard.ActivityId).Body), StringComparison.Ordinal);

        Assert.StartsWith("Your order CMD-001 for ACME Industrie SAS (€12,000.00) was released by Claire Moreau on", TextTo(harness, Camille), StringComparison.Ordinal);

        var block = harness.Blocks.Find(AcmeOrder)!;
        Assert.Equal((OrderBlockState.Released, 2L, Money.Eur(12_000m)), (block.State, block.Version, block.ReleasedAmount));
        var decided = block.History[^1];
        Assert.Equal((OrderBlockEventKind.Decided, Claire, "Claire Moreau"), (decided.Kind, decided.Decision!.DeciderId, decided.Decision.DeciderName));
        Assert.Equal(harness.App.Time.GetUtcNow(), decided.Decision.At);
        Assert.Contains(decided.Decision.Snapshot, line => line.StartsWith("Commande: 12", StringComparison.Ordinal));
        Assert.Contains(decided.Decision.Snapshot, line => line.Contains("Claire Moreau", StringComparison.Ordinal) && line.StartsWith("En attente", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_click_after_the_decision_changes_nothing_and_says_who_decided_and_when()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();
        await harness.InvokeAsync(harness.Click(BlockedOrderCard.ReleaseVerb, Claire, BlockedOrderHarness.Data(AcmeOrder, 1)));

        var again = await harness.InvokeAsync(harness.Click(BlockedOrderCard.ReleaseVerb, Claire, BlockedOrderHarness.Data(AcmeOrder, 1)));
        var other = await harness.InvokeAsync(harness.Click(
            BlockedOrderCard.RejectVerb, Bruno, BlockedOrderHarness.Data(AcmeOrder, 1, "\"rejectReason\":\"reject.risk\""), locale: "en-US"));

        var when = BlockedOrderCard.When(harness.App.Time.GetUtcNow(), French, OrderBlockSamples.Paris);
        Assert.Equal(T.Format("refused.already", French, "libérée", "Claire Moreau", when), again.Message);
        Assert.Equal(
            T.Format("refused.already", English, "released", "Claire Moreau", BlockedOrderCard.When(harness.App.Time.GetUtcNow(), English, OrderBlockSamples.Paris)),
            other.Message);
        var block = harness.Blocks.Find(AcmeOrder)!;
        Assert.Equal((OrderBlockState.Released, 2L), (block.State, block.Version));
        Assert.Single(block.History, e => e.Kind == OrderBlockEventKind.Decided);
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "own-order", "fr-FR" }, { "own-order", "en-US" },
        { "not-approver", "fr-FR" }, { "not-approver", "en-US" },
        { "unknown-id", "fr-FR" }, { "unknown-id", "en-US" },
        { "tampered-version", "fr-FR" }, { "tampered-version", "en-US" },
        { "above-authority", "fr-FR" }, { "above-authority", "en-US" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_click_changes_nothing_and_says_why_in_the_clickers_language(string refusal, string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var settings = new Dictionary<string, string?>
        {
            ["People:Directory:4:ObjectId"] = "0f0e0d0c-0000-4000-8000-0000000000aa",
            ["People:Directory:4:Name"] = "Nobody Special",
            ["OrderBlocks:CreditManagerUpTo"] = refusal == "above-authority" ? "10000" : "50000",
        };

        // A person's saved language wins over the click's locale: everyone speaks the language under test.
        for (var i = 0; i <= 4; i++)
        {
            settings[$"People:Directory:{i}:Language"] = culture.TwoLetterISOLanguageName;
        }

        await using var harness = await BlockedOrderHarness.StartAsync(settings, refusal == "above-authority" ? Paul : Claire);
        var (who, data, expected) = refusal switch
        {
            "own-order" => (Camille, BlockedOrderHarness.Data(AcmeOrder, 1), T.Get("refused.own-order", culture)),
            "not-approver" => ("0f0e0d0c-0000-4000-8000-0000000000aa", BlockedOrderHarness.Data(AcmeOrder, 1), T.Get("refused.not-approver", culture)),
            "unknown-id" => (Claire, BlockedOrderHarness.Data("C001|CMD-999", 1), T.Get("refused.unknown", culture)),
            "tampered-version" => (Claire, BlockedOrderHarness.Data(AcmeOrder, 7), T.Format("refused.stale", culture, "7", "1")),
            _ => (Claire, BlockedOrderHarness.Data(AcmeOrder, 1), T.Format(
                "refused.above-authority",
                culture,
                T.Format("authority.Cfo", culture, CreditBot.Answers.Figures.Money(Money.Eur(250_000m), culture)),
                CreditBot.Answers.Figures.Money(Money.Eur(10_000m), culture))),
        };

        var answer = await harness.InvokeAsync(harness.Click(BlockedOrderCard.ReleaseVerb, who, data, locale, replyToId: "1:any"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var shown = answer.IsCard ? answer.CardText : answer.Message;
        Assert.Contains(expected, shown, StringComparison.Ordinal);
        var block = harness.Blocks.Find(AcmeOrder)!;
        Assert.Equal((OrderBlockState.PendingDecision, 1L, 1), (block.State, block.Version, block.History.Count));
    }

    [Fact]
    public async Task Release_and_reject_by_two_approvers_at_once_make_exactly_one_decision_fifty_times_over()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();
        var template = harness.Blocks.Find(AcmeOrder)!;
        var ids = Enumerable.Range(1, 50).Select(i => $"C001|RACE-{i:D2}").ToList();
        foreach (var id in ids)
        {
            Assert.True(harness.Blocks.TryAdd(template with { Id = id, OrderNumber = id[5..] }));
        }

        foreach (var id in ids)
        {
            var release = harness.InvokeAsync(harness.Click(BlockedOrderCard.ReleaseVerb, Claire, BlockedOrderHarness.Data(id, 1), replyToId: "1:x"));
            var reject = harness.InvokeAsync(harness.Click(
                BlockedOrderCard.RejectVerb, Bruno, BlockedOrderHarness.Data(id, 1, "\"rejectReason\":\"reject.overdue\""), "en-US", replyToId: "1:y"));
            var answers = await Task.WhenAll(release, reject);

            var block = harness.Blocks.Find(id)!;
            Assert.Single(block.History, e => e.Kind == OrderBlockEventKind.Decided);
            Assert.Equal(2L, block.Version);
            Assert.Single(answers, a => a.IsCard);
            var told = Assert.Single(answers, a => a.Message is not null).Message!;
            Assert.Contains(block.State == OrderBlockState.Released ? "Claire Moreau" : "Bruno Lambert", told, StringComparison.Ordinal);
            Assert.Single(harness.Delivery.Store.List(new OutboxQuery()), m => m.Key.StartsWith($"order:{id}:decided:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_submit_fallback_of_an_older_client_decides_the_same_way_and_answers_in_the_chat()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();
        var conversation = BlockedOrderHarness.Conversation(Claire);
        var submit = Support.ActivityBuilder.PersonalMessage()
            .WithText(null)
            .WithValue($$"""{"verb":"{{BlockedOrderCard.RejectVerb}}","requestId":"{{AcmeOrder}}","version":1,"rejectReason":"reject.overdue","rejectComment":"Relancer d'abord"}""")
            .WithFromAadObjectId(Claire)
            .WithFrom("29:" + Claire, "Claire Moreau")
            .WithConversationId(conversation)
            .WithTenant(Support.FakeBotService.BotTenantId)
            .WithLocale("fr-FR")
            .WithId(Guid.NewGuid().ToString("N"))
            .Build();

        var seen = new HashSet<Support.ConnectorRequest>(harness.Delivery.Fake.Requests, ReferenceEqualityComparer.Instance);
        using var response = await harness.App.PostAsync(submit);
        var reply = await harness.Delivery.Fake.WaitForRequestAsync(
            r => !seen.Contains(r) && r.ConversationId == conversation && r.Activity?.Attachments is { Count: > 0 } && r.Method == "POST", TimeSpan.FromSeconds(20));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("Refusée par Claire Moreau le", new Support.BotReply(reply.Activity!, reply).CardText, StringComparison.Ordinal);
        var block = harness.Blocks.Find(AcmeOrder)!;
        Assert.Equal((OrderBlockState.Rejected, "reject.overdue", "Relancer d'abord"), (block.State, block.Decision!.RejectReason, block.Decision.Comment));
    }

    [Fact]
    public async Task An_approver_asking_for_blocked_orders_gets_the_oldest_waiting_for_them_with_its_actions()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();

        var claire = await harness.App.Teams.SayAsync("commandes bloquées", "fr-FR", Claire);
        var paul = await harness.App.Teams.SayAsync("blocked orders", "en-US", Paul);

        Assert.StartsWith("Commande bloquée CMD-001 · ACME Industrie SAS", claire.CardText, StringComparison.Ordinal);
        Assert.Contains(T.Format("pending.one-of", French, "1"), claire.CardText, StringComparison.Ordinal);
        Assert.Contains("Libérer sous conditions", claire.CardText, StringComparison.Ordinal);

        // A 12 000 € order is the credit managers' to decide: the CFO gets the list instead.
        Assert.DoesNotContain("Release with conditions", paul.CardText, StringComparison.Ordinal);
    }

    private static string? TextTo(BlockedOrderHarness harness, string person) =>
        harness.Delivery.Fake.Requests
            .Where(r => r is { Method: "POST", Status: 200 } && r.ConversationId == BlockedOrderHarness.Conversation(person) && r.Activity?.Text is { Length: > 0 })
            .Select(r => r.Activity!.Text)
            .LastOrDefault();

    private static string CardOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        var content = document.RootElement.GetProperty("attachments")[0].GetProperty("content");
        return CreditBot.Cards.CardText.Of(System.Text.Json.Nodes.JsonNode.Parse(content.GetRawText()));
    }
}
