using System.Globalization;
using System.Text.Json;
using CreditBot.BotFramework;
using CreditBot.Questions;
using CreditBot.Storage;
using CreditBot.Telemetry;
using CreditBot.Users;
using T = CreditBot.Texts.Texts;

namespace CreditBot.Bot;

/// <summary>
/// The one <see cref="IActivityHandler"/>: remembers the conversation, sets the turn's language,
/// routes the activity by type (and card actions by verb), and catches a failed turn once:
/// logged with ids, answered with a neutral apology in the user's language.
/// </summary>
public sealed class ActivityRouter(
    ConversationReferenceStore references,
    ConnectorClient connector,
    IEnumerable<ICardActionHandler> cardActions,
    PeopleDirectory people,
    QuestionHandler questions,
    TimeProvider time,
    ILogger<ActivityRouter> logger,
    LanguagePreferenceStore? languages = null) : IActivityHandler
{
    private const string AdaptiveCardActionInvoke = "adaptiveCard/action";

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

            await TryReplyAsync(activity, Activity.CreateMessage(apology), cancellationToken);
            return null;
        }
    }

    private void Remember(Activity activity)
    {
        if (ConversationReference.From(activity) is { } reference && references.Remember(reference) && activity.Type != ActivityTypes.ConversationUpdate)
        {
            logger.ConversationSaved(reference.ConversationId);
        }
    }

    private async Task<(string Route, InvokeResponse? Response)> OnMessageAsync(Activity activity, CultureInfo culture, CancellationToken cancellationToken)
    {
        var text = activity.RemoveRecipientMention();
        if (string.IsNullOrWhiteSpace(text) && activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            // Action.Submit fallback of an Action.Execute card: the value is the data plus the
            // inputs; same verbs, same server-side checks, and the answer comes as a message.
            var outcome = await OnCardActionAsync(activity, ReadString(value, "verb"), value, culture, cancellationToken);
            if (InvokeAnswer.ToMessage(outcome) is { } reply)
            {
                await ReplyAsync(activity, reply, cancellationToken);
            }

            return ("card-submit", null);
        }

        var asker = await people.IdentifyAsync(activity.From, cancellationToken);
        if (LanguageSwitch.Parse(text) is { } language)
        {
            return await SwitchLanguageAsync(activity, asker, language, cancellationToken);
        }

        // A language the person chose in chat wins over the client's locale; without a locale on the activity, the
        // person's configured or directory language comes before the default.
        var chosen = TurnCulture.FromLocale(languages?.Find(asker.ObjectId));
        var answer = questions.Respond(QuestionParser.Parse(text), asker, chosen ?? TurnCulture.For(activity, asker.Language), text);
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
        if (!string.Equals(activity.Name, AdaptiveCardActionInvoke, StringComparison.Ordinal))
        {
            // The endpoint answers 501 for an invoke nobody handles.
            return ("invoke-unhandled", null);
        }

        var action = activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object
            ? a
            : default;
        var verb = ReadString(action, "verb") ?? (action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) ? ReadString(d, "verb") : null);
        var data = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var actionData) ? actionData : default;
        var response = await OnCardActionAsync(activity, verb, data, culture, cancellationToken);
        return ("card-action", response);
    }

    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, string? verb, JsonElement data, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (verb is not null && _cardActions.TryGetValue(verb, out var handler))
        {
            return await handler.HandleAsync(new CardAction(activity, verb, data, culture), cancellationToken);
        }

        logger.UnknownVerb(verb, activity.Conversation?.Id);
        return AdaptiveCardResponses.Error(400, "unknownVerb", T.Get("UnknownCardAction", culture));
    }

    private static string? ReadString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static Activity CardMessage(RawJson card)
    {
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(card)];
        return message;
    }

    private async Task ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        var outcome = await connector.ReplyAsync(inbound, reply, cancellationToken);
        if (outcome is not ConnectorOutcome<ResourceResponse>.Succeeded)
        {
            logger.ReplyNotDelivered(inbound.Conversation?.Id, outcome.ToString());
        }
    }

    private async Task SendAsync(Activity inbound, Activity message, CancellationToken cancellationToken)
    {
        var reference = ConversationReference.From(inbound)
            ?? throw new InvalidOperationException("An activity without conversation or serviceUrl reached the router.");
        var outcome = await connector.SendAsync(reference, message, cancellationToken);
        if (outcome is not ConnectorOutcome<ResourceResponse>.Succeeded)
        {
            logger.ReplyNotDelivered(reference.ConversationId, outcome.ToString());
        }
    }

    private async Task TryReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        try
        {
            await ReplyAsync(inbound, reply, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or ConnectorException or UntrustedServiceUrlException or TaskCanceledException)
        {
            logger.TurnFailed(exception, inbound.Type, inbound.Id, inbound.Conversation?.Id);
        }
    }
}
