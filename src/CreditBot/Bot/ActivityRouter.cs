using System.Globalization;
using CreditBot.BotFramework;
using CreditBot.Questions;
using CreditBot.Storage;
using CreditBot.Telemetry;
using CreditBot.Users;
using Microsoft.Extensions.Options;
using T = CreditBot.Texts.Texts;

namespace CreditBot.Bot;

/// <summary>
/// The one <see cref="IActivityHandler"/>: remembers the conversation, sets the turn's language,
/// routes the activity by type (and card actions by verb), and catches a failed turn once:
/// logged with ids, answered with a neutral apology in the user's language.
/// </summary>
public sealed class ActivityRouter(
    ConversationReferenceStore references,
    TrustedServiceUrls trusted,
    ConnectorClient connector,
    IEnumerable<ICardActionHandler> cardActions,
    PeopleDirectory people,
    QuestionHandler questions,
    TimeProvider time,
    IOptions<BotFrameworkOptions> options,
    ILogger<ActivityRouter> logger,
    LanguagePreferenceStore? languages = null) : IActivityHandler
{
    private readonly Dictionary<string, ICardActionHandler> _cardActions =
        cardActions.ToDictionary(h => h.Verb, StringComparer.Ordinal);

    public async Task<InvokeResponse?> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var started = time.GetTimestamp();
        var culture = TurnCulture.For(activity);
        using var span = CreditBotTelemetry.StartTurn(activity.Type);
        try
        {
            Remember(activity);
            var (route, response) = activity.Type switch
            {
                ActivityTypes.Message => await OnMessageAsync(activity, culture, cancellationToken),
                ActivityTypes.ConversationUpdate => await OnConversationUpdateAsync(activity, culture, cancellationToken),
                ActivityTypes.InstallationUpdate => OnInstallationUpdate(activity),
                ActivityTypes.Invoke => await OnInvokeAsync(activity, culture, cancellationToken),
                _ => ("ignored", null),
            };
            var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
            logger.TurnHandled(activity.Type ?? "none", activity.Id, activity.Conversation?.Id, route, elapsed);
            CreditBotTelemetry.TurnHandled(span, activity.Type, route, elapsed);
            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.TurnFailed(exception, activity.Type, activity.Id, activity.Conversation?.Id);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, exception.GetType().Name);
            CreditBotTelemetry.TurnHandled(span, activity.Type, "failed", time.GetElapsedTime(started).TotalMilliseconds);
            var apology = T.Get("TurnError", culture);
            if (activity.Type == ActivityTypes.Invoke)
            {
                return AdaptiveCardResponses.Error(500, "internalError", apology);
            }

            // Only someone who wrote waits for an answer: a system event that fails is logged, never apologised for in the chat.
            if (activity.Type == ActivityTypes.Message)
            {
                await ReplyAsync(activity, Activity.CreateMessage(apology), cancellationToken);
            }

            return null;
        }
    }

    private void Remember(Activity activity)
    {
        // The endpoint trusted the address if the token vouched for it; a configured Teams host is trusted anyway.
        if (ConversationReference.From(activity) is { } inbound
            && inbound with { ServiceUrlVouched = trusted.IsTrusted(inbound.ServiceUrl) } is var reference
            && references.Remember(reference)
            && activity.Type != ActivityTypes.ConversationUpdate)
        {
            logger.ConversationSaved(reference.ConversationId);
        }
    }

    private async Task<(string Route, InvokeResponse? Response)> OnMessageAsync(Activity activity, CultureInfo culture, CancellationToken cancellationToken)
    {
        var text = activity.RemoveRecipientMention();
        if (string.IsNullOrWhiteSpace(text) && AdaptiveCardInvokeValue.Read(activity) is { } submit)
        {
            // Action.Submit fallback of an Action.Execute card: the value is the data plus the inputs;
            // same verbs, same handler, same server-side checks, and one answer (see CardActionAnswer).
            await OnCardActionAsync(activity, submit, culture, cancellationToken);
            return ("card-submit", null);
        }

        var asker = await people.IdentifyAsync(activity.From, cancellationToken);
        if (LanguageSwitch.Parse(text) is { } language)
        {
            return await SwitchLanguageAsync(activity, asker, language, cancellationToken);
        }

        // The words of the question choose the language first ("encours acme" from an English Teams gets French),
        // then a language the person chose in chat, then their configured or directory language, then the locale.
        var question = questions.Parse(text);
        var saved = languages?.Find(asker.ObjectId) ?? asker.Language;
        var answer = questions.Respond(question, asker, TurnCulture.For(activity, saved, question.Language), text);
        await ReplyAsync(activity, ToMessage(answer), cancellationToken);
        return (answer.Kind, null);
    }

    private async Task<(string Route, InvokeResponse? Response)> SwitchLanguageAsync(Activity activity, Person asker, string language, CancellationToken cancellationToken)
    {
        // Someone without an object id (local mode only) gets the answer in the new language, but nothing is kept.
        if (asker.ObjectId.Length > 0)
        {
            languages?.Set(asker.ObjectId, language, time.GetUtcNow());
        }

        var culture = language == "en" ? TurnCulture.English : TurnCulture.French;
        await ReplyAsync(activity, Activity.CreateMessage(T.Get("LanguageSwitched", culture)), cancellationToken);
        return ("language-switch", null);
    }

    /// <summary>An answer as a message: its card alone (so it can be updated later), or its text.</summary>
    public static Activity ToMessage(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Card is { } card ? CardMessage(card) : Activity.CreateMessage(answer.Text);
    }

    private async Task<(string Route, InvokeResponse? Response)> OnConversationUpdateAsync(Activity activity, CultureInfo culture, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null)
        {
            return ("ignored", null);
        }

        if (activity.MembersRemoved?.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal)) == true)
        {
            Forget(activity);
            return ("uninstalled", null);
        }

        if (activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal)) == true
            && activity.Conversation?.Id is { } conversationId)
        {
            logger.Installed(conversationId, activity.Conversation.ConversationType);
            var inTeam = activity.Conversation.ConversationType is "channel" || ConversationReference.From(activity)?.TeamId is not null;
            await SendAsync(activity, CardMessage(WelcomeCard.Render(culture, inTeam)), cancellationToken);
            return ("welcome", null);
        }

        return ("ignored", null);
    }

    private (string Route, InvokeResponse? Response) OnInstallationUpdate(Activity activity)
    {
        if (activity.Action is "remove" or "remove-upgrade")
        {
            Forget(activity);
            return ("uninstalled", null);
        }

        return ("installed", null);
    }

    private void Forget(Activity activity)
    {
        if (activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        references.Forget(conversationId);
        if (ConversationReference.From(activity)?.TeamId is { } teamId)
        {
            references.ForgetTeam(teamId);
        }

        logger.Uninstalled(conversationId);
    }

    private async Task<(string Route, InvokeResponse? Response)> OnInvokeAsync(Activity activity, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (!string.Equals(activity.Name, AdaptiveCardInvokeValue.InvokeName, StringComparison.Ordinal))
        {
            // The endpoint answers 501 for an invoke nobody handles.
            return ("invoke-unhandled", null);
        }

        var value = AdaptiveCardInvokeValue.Read(activity) ?? new AdaptiveCardInvokeValue();
        var response = await OnCardActionAsync(activity, value, culture, cancellationToken);
        return (value.TriggerKind == CardActionTrigger.Automatic ? "card-refresh" : "card-action", response);
    }

    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, AdaptiveCardInvokeValue value, CultureInfo culture, CancellationToken cancellationToken)
    {
        var verb = value.Verb;
        CardActionAnswer answer;
        if (verb is not null && _cardActions.TryGetValue(verb, out var handler))
        {
            var actor = await people.IdentifyAsync(activity.From, cancellationToken);

            // As for a question: without a locale on the click, the actor's saved language comes before the default.
            var action = new CardAction(activity, value, verb, actor, TurnCulture.For(activity, actor.Language));
            answer = await handler.HandleAsync(action, cancellationToken);
        }
        else
        {
            logger.UnknownVerb(verb, activity.Conversation?.Id);
            answer = new CardActionAnswer(AdaptiveCardResponses.Error(400, "unknownVerb", T.Get("UnknownCardAction", culture)));
        }

        var reference = answer.ReplacesCard is not null && activity.ReplyToId is { Length: > 0 } ? ConversationReference.From(activity) : null;
        if (reference is not null)
        {
            // The clicked card's message, changed for everyone (for the clicker too on the Submit path).
            await UpdateAsync(reference, activity.ReplyToId!, answer.ReplacesCard!, activity, cancellationToken);
        }
        else if (value.IsSubmitFallback && InvokeAnswer.ToMessage(answer.Response) is { } reply)
        {
            // No invoke response reaches a Submit click: the answer comes as a reply, once.
            await ReplyAsync(activity, reply, cancellationToken);
        }

        return answer.Response;
    }

    private static Activity CardMessage(RawJson card)
    {
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        return message;
    }

    private Task ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken) =>
        DeliverAsync(inbound, budget => connector.ReplyAsync(inbound, reply, budget), cancellationToken);

    private Task UpdateAsync(ConversationReference reference, string activityId, Activity replacement, Activity inbound, CancellationToken cancellationToken) =>
        DeliverAsync(inbound, budget => connector.UpdateAsync(reference, activityId, replacement, budget), cancellationToken);

    private Task SendAsync(Activity inbound, Activity message, CancellationToken cancellationToken)
    {
        var reference = ConversationReference.From(inbound)
            ?? throw new InvalidOperationException("An activity without conversation or serviceUrl reached the router.");
        return DeliverAsync(inbound, budget => connector.SendAsync(reference, message, budget), cancellationToken);
    }

    /// <summary>
    /// Sends within the reply budget and logs a failed delivery once, without throwing: the inbound request is
    /// answered in time whatever the Connector does (stalls, errors, garbage), and an apology would take the same broken way.
    /// </summary>
    private async Task DeliverAsync(Activity inbound, Func<CancellationToken, Task<ConnectorOutcome<ResourceResponse>>> send, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.ReplyTimeout);
        try
        {
            var outcome = await send(budget.Token);
            if (outcome is not ConnectorOutcome<ResourceResponse>.Succeeded)
            {
                logger.ReplyNotDelivered(inbound.Conversation?.Id, outcome.ToString());
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or ConnectorException or UntrustedServiceUrlException
            || (exception is OperationCanceledException && budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            logger.ReplyFailed(exception, inbound.Type, inbound.Conversation?.Id);
        }
    }
}
