using System.Collections.Concurrent;
using CreditBot.BotFramework;

namespace CreditBot.Delivery.PostedCards;

/// <summary>
/// Keeps every copy of a card current: <see cref="UpdateAllAsync"/> replaces each registered copy of a subject
/// through the Connector's PUT (conformance §3.8), in the copy's own language and for its own recipient, and says
/// per copy what happened. Cards in channels are never refreshed by Teams, so this is what keeps them right.
/// </summary>
public sealed class PostedCardUpdater(IPostedCardStore store, ConnectorClient connector, TimeProvider time, ILogger<PostedCardUpdater> logger)
{
    // Updates of one subject run one at a time in this process, so an older version never lands after a newer one.
    private readonly ConcurrentDictionary<(string Kind, string SubjectId), SemaphoreSlim> _gates = new();

    /// <summary>Registers a copy just posted (the outbox does, with the message id the Connector answered).</summary>
    public bool Register(PostedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var registered = store.Register(card with
        {
            RefreshUserIds = AdaptiveCardRefresh.ListedUsers(card.RefreshUserIds, card.Conversation.ConversationType is "channel"),
        });
        if (registered)
        {
            logger.CardRegistered(card.Kind, card.SubjectId, card.Version, card.ConversationId);
        }

        return registered;
    }

    /// <summary>
    /// Replaces every copy of (<paramref name="kind"/>, <paramref name="subjectId"/>) that shows a version older
    /// than <paramref name="version"/> with the card <paramref name="render"/> makes for it (its culture, its
    /// recipient, its listed users). Refusals and failures are outcomes, one per copy.
    /// </summary>
    public async Task<IReadOnlyList<PostedCardUpdate>> UpdateAllAsync(
        string kind, string subjectId, long version, Func<PostedCard, RawJson> render, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        ArgumentNullException.ThrowIfNull(render);
        var gate = _gates.GetOrAdd((kind, subjectId), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var outcomes = new List<PostedCardUpdate>();
            foreach (var copy in store.FindAll(kind, subjectId))
            {
                var outcome = copy.Version >= version
                    ? new PostedCardUpdate(copy, PostedCardOutcome.AlreadyCurrent)
                    : await UpdateAsync(copy, version, render, cancellationToken);
                logger.CardUpdated(kind, subjectId, version, copy.ConversationId, outcome.Outcome);
                outcomes.Add(outcome);
            }

            return outcomes;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<PostedCardUpdate> UpdateAsync(PostedCard copy, long version, Func<PostedCard, RawJson> render, CancellationToken cancellationToken)
    {
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(render(copy))];
        ConnectorOutcome<ResourceResponse> sent;
        try
        {
            sent = await connector.UpdateAsync(copy.Conversation, copy.ActivityId, message, cancellationToken);
        }
        catch (ConnectorException exception)
        {
            var reason = exception.Error is { } error ? error.Code ?? ((int)error.Status).ToString(System.Globalization.CultureInfo.InvariantCulture) : "connector error";
            return new PostedCardUpdate(copy, PostedCardOutcome.Failed, reason);
        }
        catch (HttpRequestException exception)
        {
            return new PostedCardUpdate(copy, PostedCardOutcome.Failed, exception.HttpRequestError.ToString());
        }
        catch (UntrustedServiceUrlException)
        {
            return new PostedCardUpdate(copy, PostedCardOutcome.Failed, "untrusted service URL");
        }

        switch (sent)
        {
            case ConnectorOutcome<ResourceResponse>.Succeeded:
                // Only this process updates a subject at a time; a lost race means someone else recorded a newer state.
                store.TryRecordUpdate(copy, version, time.GetUtcNow());
                return new PostedCardUpdate(copy, PostedCardOutcome.Updated);
            case ConnectorOutcome<ResourceResponse>.NotFound:
                store.Remove(copy.ConversationId, copy.ActivityId);
                return new PostedCardUpdate(copy, PostedCardOutcome.Gone);
            case ConnectorOutcome<ResourceResponse>.BlockedByUser:
                store.Remove(copy.ConversationId, copy.ActivityId);
                return new PostedCardUpdate(copy, PostedCardOutcome.BlockedByUser);
            default:
                return new PostedCardUpdate(copy, PostedCardOutcome.NotInConversation);
        }
    }
}
