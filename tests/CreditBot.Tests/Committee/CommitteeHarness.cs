using System.Net;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Committee;
using CreditBot.Delivery;
using CreditBot.Ledger;
using CreditBot.Tests.Delivery;
using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Committee;

/// <summary>
/// The real app over loopback HTTP with the fixture ledger (ACME is C001, limit 50 000 €, Camille Martin's client), a
/// five-member committee (majority, quorum 3) each with a personal chat, and Camille's chat.
/// </summary>
internal sealed class CommitteeHarness : IAsyncDisposable
{
    public const string Camille = "3f1c7a52-6b0e-4d2a-9c41-0a7e5b8d2f01";
    public const string CamilleChat = "a:camille";

    /// <summary>Alex Wilber, a credit manager of the default directory, and his chat with the bot.</summary>
    public const string Alex = "00000000-0000-0000-0000-0000000000020";
    public const string AlexChat = "a:alex";

    public static readonly string[] Members = [.. Enumerable.Range(1, 5).Select(i => $"a0000000-0000-0000-0000-00000000000{i}")];

    private static readonly string[] MemberNames = ["Claire Moreau", "Paul Lefebvre", "Inès Garnier", "Marc Blanc", "Sarah Cohen"];

    private CommitteeHarness(DeliveryHarness delivery) => Delivery = delivery;

    public DeliveryHarness Delivery { get; }

    public CreditBotApp App => Delivery.App;

    public FakeBotService Fake => Delivery.Fake;

    public ILimitRequestStore Store => App.Get<ILimitRequestStore>();

    public static string Chat(string member) => "a:chat-" + member[^1];

    /// <summary>Member 1, 3 and 5 read French, 2 and 4 English.</summary>
    public static string Locale(string member) => (member[^1] - '0') % 2 == 1 ? "fr-FR" : "en-US";

    public static async Task<CommitteeHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var delivery = await DeliveryHarness.StartAsync(enforceLimits: false, configure: settings =>
        {
            for (var i = 0; i < Members.Length; i++)
            {
                settings[$"Committee:Members:{i}"] = Members[i];
                settings[$"People:Directory:{20 + i}:ObjectId"] = Members[i];
                settings[$"People:Directory:{20 + i}:Name"] = MemberNames[i];
                settings[$"People:Directory:{20 + i}:Language"] = Locale(Members[i])[..2];
                settings[$"People:Directory:{20 + i}:Roles:0"] = "CommitteeMember";
            }

            settings["Committee:Quorum"] = "3";
            settings["Committee:RunDeadlineJob"] = "false";
            configure?.Invoke(settings);
        });
        var harness = new CommitteeHarness(delivery);
        foreach (var member in Members)
        {
            delivery.RememberConversation(Chat(member), member);
        }

        delivery.RememberConversation(CamilleChat, Camille);
        delivery.RememberConversation(AlexChat, Alex);
        await harness.App.Get<LedgerImporter>().ImportAsync(
            new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))])
            {
                ClientMaster = LedgerInput.FromFile(Fixture.Path("clients.csv")),
                Orders = LedgerInput.FromFile(Fixture.Path("orders.csv")),
            },
            CancellationToken.None);

        // The fixture's orders open blocked-order requests; their cards go out first so each test sees only what it causes.
        await harness.DeliverAsync();
        harness.Fake.ClearRequests();
        return harness;
    }

    /// <summary>Camille sends the limit-request form for C001 as Teams would (an invoke on the form's message).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SubmitAsync(string amount, string formId = "form-1", string? justification = "Orders for the new plant", string locale = "fr-FR")
    {
        var data = new JsonObject
        {
            ["clientCode"] = "C001",
            ["amount"] = amount,
            ["validUntil"] = "2027-06-30",
            ["monthlyBusiness"] = "30000",
        };
        if (justification is not null)
        {
            data["justification"] = justification;
        }

        var invoke = ActivityBuilder.CardAction()
            .WithId(Guid.NewGuid().ToString("N"))
            .WithConversationId(CamilleChat)
            .WithFrom("29:camille", "Camille Martin")
            .WithFromAadObjectId(Camille)
            .WithLocale(locale)
            .With("replyToId", formId)
            .WithCardAction(LimitRequestForm.Verb, data.ToJsonString())
            .Build();
        return await App.Teams.InvokeAsync(invoke);
    }

    /// <summary>The one request Camille made.</summary>
    public LimitRequestRecord Request() => Assert.Single(Store.ByRequester(Camille));

    /// <summary>Lets the dispatcher deliver every pending message.</summary>
    public Task DeliverAsync() => Delivery.RunUntilAsync(
        () => Delivery.Store.Summarize() is var s && s.Count(OutboxStatus.Pending) + s.Count(OutboxStatus.Sending) == 0, TimeSpan.FromHours(1));

    /// <summary>The message id the member's copy of the card got.</summary>
    public string CopyOf(string requestId, string member) =>
        Delivery.Store.Find($"limit:{requestId}:card:{member}")?.ActivityId ?? throw new InvalidOperationException($"No card sent to {member}.");

    /// <summary>A click on the member's copy, from a given device (its own activity id), in the member's language.</summary>
    public Activity Click(string requestId, string member, string choice, string? comment = null, string? counter = null, string? locale = null, string? activityId = null, string? requestIdInData = null, string? extra = null)
    {
        var data = new JsonObject { ["requestId"] = requestIdInData ?? requestId, ["choice"] = choice };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        if (counter is not null)
        {
            data["counterAmount"] = counter;
        }

        if (extra is not null)
        {
            foreach (var (key, value) in JsonNode.Parse(extra)!.AsObject().ToList())
            {
                data[key] = value?.DeepClone();
            }
        }

        string? replyTo = null;
        try
        {
            replyTo = CopyOf(requestId, member);
        }
        catch (InvalidOperationException)
        {
            // Not a member: clicking a forwarded copy of someone else's card.
        }

        return ActivityBuilder.CardAction()
            .WithId(activityId ?? Guid.NewGuid().ToString("N"))
            .WithConversationId(Chat(member))
            .WithFrom("29:" + member, member)
            .WithFromAadObjectId(member)
            .WithLocale(locale ?? Locale(member))
            .With("replyToId", replyTo)
            .WithCardAction(CommitteeCard.Verb, data.ToJsonString())
            .Build();
    }

    public async Task<JsonNode> VoteAsync(string requestId, string member, string choice, string? comment = null, string? counter = null, string? locale = null)
    {
        var (status, body) = await App.Teams.InvokeAsync(Click(requestId, member, choice, comment, counter, locale));
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }

    /// <summary>The tally facts of a committee card (the first fact set): label → value.</summary>
    public static IReadOnlyDictionary<string, string> Tally(JsonNode card) =>
        FirstFactSet(card)!.AsArray().ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    /// <summary>The card of an invoke response.</summary>
    public static JsonNode Card(JsonNode body)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!;
    }

    /// <summary>The notice line the clicker sees at the top of their view.</summary>
    public static string Notice(JsonNode body) => (string)Card(body)["body"]![1]!["text"]!;

    /// <summary>
    /// The card each member's copy shows now, by member: the update (PUT) the Connector accepted for the version the
    /// posted-card store records for that copy, which must be the request's current version. (The fake records a
    /// request when it arrives, so under load an attempt the client gave up on may be recorded after a later one.)
    /// </summary>
    public IReadOnlyDictionary<string, JsonNode> LatestCopies(string requestId)
    {
        var current = Store.Find(requestId)!.Version;
        var posted = App.Get<CreditBot.Delivery.PostedCards.IPostedCardStore>();
        return Members.ToDictionary(
            member => member,
            member =>
            {
                var copy = posted.Find(Chat(member), CopyOf(requestId, member))!;
                Assert.True(
                    copy.Version == current,
                    $"{member}'s copy shows version {copy.Version}, the request is at {current}; updates answered "
                    + string.Join(", ", Fake.Requests.Where(r => r.Method == "PUT" && r.ActivityId == copy.ActivityId).Select(r => r.Status)));
                return Fake.Requests
                    .Where(r => r is { Method: "PUT", Status: 200 } && r.ConversationId == Chat(member) && r.ActivityId == copy.ActivityId)
                    .Select(r => r.Activity!.Attachments![0].Content!.ToNode())
                    .Last(card => CreditBot.Cards.CardText.Of(card).Contains($"version {current}.", StringComparison.Ordinal));
            });
    }

    /// <summary>A personal-chat message and the bot's reply to it (not whatever the outbox sends meanwhile).</summary>
    public async Task<string> AskAsync(string text, string aadObjectId, string locale = "fr-FR")
    {
        var id = Guid.NewGuid().ToString("N");
        var message = ActivityBuilder.PersonalMessage().WithText(text).WithLocale(locale).WithId(id)
            .WithConversationId("a:ask-" + aadObjectId).WithFrom("29:" + aadObjectId).WithFromAadObjectId(aadObjectId).Build();
        using var response = await App.PostAsync(message);
        Assert.True(response.IsSuccessStatusCode);
        var reply = await Fake.WaitForRequestAsync(r => r is { Method: "POST" } && r.ActivityId == id, TimeSpan.FromSeconds(20));
        return reply.Activity!.Text ?? CreditBot.Cards.CardText.Of(reply.Activity.Attachments![0].Content!.ToNode());
    }

    /// <summary>What Camille received (proactive messages to her chat).</summary>
    public IReadOnlyList<string> ToCamille() =>
        [.. Fake.Requests.Where(r => r is { Method: "POST", Status: 200 } && r.ConversationId == CamilleChat && r.Activity?.Text is not null).Select(r => r.Activity!.Text!)];

    private static JsonNode? FirstFactSet(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when (string?)obj["type"] == "FactSet":
                return obj["facts"];
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    if (FirstFactSet(value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                return array.Select(FirstFactSet).FirstOrDefault(f => f is not null);
            default:
                return null;
        }
    }

    public ValueTask DisposeAsync() => Delivery.DisposeAsync();
}
