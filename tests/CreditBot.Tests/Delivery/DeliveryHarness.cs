using CreditBot.BotFramework;
using CreditBot.Delivery;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CreditBot.Tests.Delivery;

/// <summary>
/// The real app with its dispatcher, a <see cref="FakeBotService"/> that answers like Teams (limits on the
/// app's fake clock), and a pump that moves the fake clock each time the dispatcher waits for it.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    private long _idleGeneration;

    private DeliveryHarness(CreditBotApp app) => App = app;

    public CreditBotApp App { get; }

    public FakeBotService Fake => App.Fake!;

    public Outbox Outbox => App.Get<Outbox>();

    public IOutboxStore Store => App.Get<IOutboxStore>();

    public OutboxDispatcher Dispatcher => App.Get<OutboxDispatcher>();

    public DateTimeOffset Now => App.Time.GetUtcNow();

    public static async Task<DeliveryHarness> StartAsync(
        bool enforceLimits = true, Action<Dictionary<string, string?>>? configure = null, IUserDirectory? directory = null)
    {
        var app = await CreditBotApp.StartAsync(configure, services =>
        {
            if (directory is not null)
            {
                services.RemoveAll<IUserDirectory>();
                services.AddSingleton(directory);
            }
        });
        if (enforceLimits)
        {
            app.Fake!.EnforceTeamsLimits(app.Time);
        }
        else
        {
            app.Fake!.EnforceTeamsLimits(app.Time, tenantPerSecond: int.MaxValue);
        }

        // As an authenticated activity from the fake's serviceUrl would.
        app.Get<TrustedServiceUrls>().Trust(app.Fake.ServiceUrl);
        return new DeliveryHarness(app);
    }

    public void RememberConversation(string conversationId, string? userObjectId = null) =>
        App.Get<ConversationReferenceStore>().Remember(new ConversationReference
        {
            ConversationId = conversationId,
            ServiceUrl = Fake.ServiceUrl,
            ChannelId = "msteams",
            ConversationType = userObjectId is null ? "channel" : "personal",
            TenantId = FakeBotService.BotTenantId,
            BotId = "28:" + FakeBotService.DefaultAppId,
            UserAadObjectId = userObjectId,
            ServiceUrlVouched = true,
        });

    /// <summary>A message whose text is its key, so the fake's record shows which message arrived.</summary>
    public bool Enqueue(string key, OutboxRecipient recipient) => Outbox.Enqueue(key, recipient, Activity.CreateMessage(key));

    /// <summary>Sends to conversations, as the fake recorded them (every answer, 429s included).</summary>
    public IReadOnlyList<ConnectorRequest> Sends =>
        [.. Fake.Requests.Where(r => r is { Method: "POST", Segments: ["conversations", _, "activities"] })];

    public IReadOnlyList<ConnectorRequest> Delivered => [.. Sends.Where(r => r.Status == 200)];

    /// <summary>
    /// Lets the dispatcher work, moving the fake clock to each time it waits for, until
    /// <paramref name="done"/> holds while it is idle; fails past <paramref name="within"/> of fake time.
    /// </summary>
    public async Task RunUntilAsync(Func<bool> done, TimeSpan within)
    {
        var end = Now + within;
        while (true)
        {
            // A real-time bound only turns a hang into a failure; the fake clock is what the test moves.
            IdleState idle;
            try
            {
                idle = await Dispatcher.WhenIdleAsync(_idleGeneration).WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"The dispatcher never went idle: {Store.Summarize().ToLine()}, {Sends.Count} sends, {Delivered.Count} delivered, fake time {Now:O}. {Dispatcher.Describe()}");
            }

            _idleGeneration = idle.Generation;
            if (done())
            {
                return;
            }

            if (idle.WakeAt > end)
            {
                throw new TimeoutException($"Not done within {within} of fake time: {Store.Summarize().ToLine()}.");
            }

            if (idle.WakeAt > Now)
            {
                App.Time.SetUtcNow(idle.WakeAt);
            }
        }
    }

    public Task RunUntilSettledAsync(int count, TimeSpan within) =>
        RunUntilAsync(() => Store.Summarize() is var s && s.Count(OutboxStatus.Sent) + s.Failed == count, within);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
