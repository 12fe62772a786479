using System.Net;
using System.Text.Json.Nodes;
using CreditBot.BotFramework;
using CreditBot.Delivery;
using CreditBot.Ledger;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Delivery;
using CreditBot.Tests.Support;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// The real app over loopback with its dispatcher and the fake Connector; the fixtures imported, so ACME's CMD-001
/// is blocked and its approval card delivered to Claire and Bruno (both credit managers of Industrie here).
/// Clicks are real <c>adaptiveCard/action</c> invokes with signed tokens.
/// </summary>
internal sealed class BlockedOrderHarness : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    private BlockedOrderHarness(DeliveryHarness delivery) => Delivery = delivery;

    public DeliveryHarness Delivery { get; }

    public CreditBotApp App => Delivery.App;

    public IOrderBlockStore Blocks => App.Get<IOrderBlockStore>();

    public static readonly Dictionary<string, string> Names = new()
    {
        [Claire] = "Claire Moreau",
        [Bruno] = "Bruno Lambert",
        [Paul] = "Paul Lefebvre",
        [Camille] = "Camille Martin",
    };

    public static async Task<BlockedOrderHarness> StartAsync(Dictionary<string, string?>? settings = null, params string[] cardsTo)
    {
        var delivery = await DeliveryHarness.StartAsync(enforceLimits: false, configure: s =>
        {
            var people = People(new()
            {
                ["People:Directory:1:BusinessUnits:0"] = "Industrie",
                ["OrderBlocks:ErpApiKeySha256"] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ErpKey))),
            });
            foreach (var (key, value) in people.Concat(settings ?? []))
            {
                s[key] = value;
            }
        });
        var harness = new BlockedOrderHarness(delivery);
        foreach (var person in Names.Keys)
        {
            delivery.RememberConversation(Conversation(person), person);
        }

        await harness.ImportAsync();
        string[] waitFor = cardsTo.Length > 0 ? cardsTo : [Claire, Bruno];
        await delivery.RunUntilAsync(() => waitFor.All(p => harness.CardTo(p) is not null), TimeSpan.FromMinutes(1));
        return harness;
    }

    public static string Conversation(string person) => "a:" + person;

    public const string ErpKey = "erp-secret-for-tests";

    public async Task ImportAsync(decimal acmeOrder = 12_000m, bool f002Paid = false, DateOnly? asOf = null)
    {
        var report = await App.Get<LedgerImporter>().ImportAsync(Import(_folder.Path, acmeOrder, f002Paid) with { AsOf = asOf }, CancellationToken.None);
        Assert.Equal(ImportStatus.Imported, report.Status);
    }

    /// <summary>The approval card sent to a person (its outbox message, once sent), or null.</summary>
    public OutboxMessage? CardTo(string person, string orderId = AcmeOrder) =>
        Delivery.Store.List(new OutboxQuery())
            .Where(m => m.Recipient == OutboxRecipient.Person(person) && m.Card?.SubjectId == orderId && m.Status == OutboxStatus.Sent)
            .MinBy(m => m.Sequence);

    public Activity Click(string verb, string person, string data, string? locale = "fr-FR", string? replyToId = null)
    {
        var builder = ActivityBuilder.CardAction()
            .WithCardAction(verb, data)
            .WithFromAadObjectId(person)
            .WithFrom("29:" + person, Names.GetValueOrDefault(person, "Someone"))
            .WithConversationId(Conversation(person))
            .WithTenant(FakeBotService.BotTenantId)
            .WithLocale(locale)
            .WithId(Guid.NewGuid().ToString("N"));
        return (replyToId ?? CardTo(person)?.ActivityId) is { } reply ? builder.With("replyToId", reply).Build() : builder.Build();
    }

    public static string Data(string id, long version, string extra = "") =>
        $$"""{"requestId":"{{id}}","version":{{version}}{{(extra.Length > 0 ? "," + extra : string.Empty)}}}""";

    public async Task<InvokeAnswer> InvokeAsync(Activity click)
    {
        var (status, body) = await App.Teams.InvokeAsync(click);
        return new InvokeAnswer(status, body);
    }

    /// <summary>Calls the ERP endpoints over loopback with the ERP's key (or <paramref name="key"/>).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> ErpAsync(HttpMethod method, string path, object? body = null, string? key = ErpKey)
    {
        using var client = new HttpClient { BaseAddress = App.BaseAddress };
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("X-CreditBot-Erp-Key", key);
        }

        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async ValueTask DisposeAsync()
    {
        await Delivery.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>What the clicker got back: a card (its text) or a message.</summary>
internal sealed record InvokeAnswer(HttpStatusCode Status, JsonNode? Body)
{
    public string? Type => (string?)Body?["type"];

    public bool IsCard => Type == AdaptiveCardResponses.CardType;

    public string? Message => Type == AdaptiveCardResponses.MessageType ? (string?)Body?["value"] : null;

    public string CardText => IsCard ? CreditBot.Cards.CardText.Of(Body?["value"]) : string.Empty;
}
