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

    /// <summary>
    /// As <see cref="RunUntilAsync"/>, with a Connector that answers on the fake clock (<see cref="FakeBotService.AnswerAfter"/>):
    /// the clock moves only while the dispatcher's loop waits and every send it has in flight waits for its answer, and
    /// then to the first answer or the loop's wake-up, whichever comes first. Sends in flight (the dispatcher's own
    /// count) therefore start, wait and end at the fake times a Connector of that speed would give.
    /// </summary>
    public async Task RunWithHeldAnswersUntilAsync(Func<bool> done, TimeSpan within)
    {
        var end = Now + within;
        while (true)
        {
            IdleState state;
            try
            {
                state = await Dispatcher.WhenWaitingAsync(_idleGeneration).WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"The dispatcher never waited: {Store.Summarize().ToLine()}, {Sends.Count} sends, {Fake.HeldAnswers} held, fake time {Now:O}. {Dispatcher.Describe()}");
            }

            // Some send in flight is still on its way (claim, request, record): look again once the loop waits anew, or in a moment.
            var held = Fake.HeldAnswers;
            if (held < state.InFlight || !IsStillWaiting(state))
            {
                _idleGeneration = state.Generation - 1;
                await Task.Delay(1);
                continue;
            }

            _idleGeneration = state.Generation;
            if (state.InFlight == 0 && done())
            {
                return;
            }

            var next = Fake.NextAnswerAt is { } answer && answer < state.WakeAt ? answer : state.WakeAt;
            if (next > end)
            {
                throw new TimeoutException($"Not done within {within} of fake time: {Store.Summarize().ToLine()}.");
            }

            if (next > Now)
            {
                App.Time.SetUtcNow(next);
            }
        }
    }

    // The loop still waits as it did when it reported the state (no send ended, nothing woke it since).
    private bool IsStillWaiting(IdleState state) =>
        Dispatcher.WhenWaitingAsync(state.Generation - 1) is { IsCompletedSuccessfully: true } current && current.Result.Generation == state.Generation;

    public Task RunUntilSettledAsync(int count, TimeSpan within) =>
        RunUntilAsync(() => Store.Summarize() is var s && s.Count(OutboxStatus.Sent) + s.Failed == count, within);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
