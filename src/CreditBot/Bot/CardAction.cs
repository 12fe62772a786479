using System.Globalization;
using System.Text.Json;
using CreditBot.BotFramework;
using CreditBot.Users;

namespace CreditBot.Bot;

/// <summary>
/// A card action, from an <c>Action.Execute</c> invoke or its <c>Action.Submit</c> fallback: the typed value
/// (verb, data, trigger), the actor (the person behind <c>from.aadObjectId</c>, never card data) and the culture of
/// the answer (the activity's locale, then the actor's saved language).
/// </summary>
public sealed record CardAction(Activity Activity, AdaptiveCardInvokeValue Value, string Verb, Person Actor, CultureInfo Culture)
{
    /// <summary>A click (manual) or a refresh the client sent on its own (automatic, for a user-specific view).</summary>
    public CardActionTrigger Trigger => Value.TriggerKind;

    /// <summary>True for the <c>Action.Submit</c> fallback of older clients: no invoke response reaches the user.</summary>
    public bool IsSubmitFallback => Value.IsSubmitFallback;

    /// <summary>The action's data: ids and inputs, to re-check server-side.</summary>
    public JsonElement? Data => Value.Action?.Data;

    /// <summary>The Teams user id (<c>29:…</c>) of the actor, as listed in a card's <c>refresh.userIds</c>.</summary>
    public string? ActorUserId => Activity.From?.Id;

    /// <summary>The message holding the clicked card (its activity id), when the client says.</summary>
    public string? CardActivityId => Activity.ReplyToId is { Length: > 0 } id ? id : null;

    /// <summary>A text field of the data, or null.</summary>
    public string? DataString(string name) => Value.Action?.DataString(name);
}
