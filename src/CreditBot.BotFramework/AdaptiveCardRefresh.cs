using System.Text.Json.Nodes;

namespace CreditBot.BotFramework;

/// <summary>
/// The <c>refresh</c> of a card (conformance §3.7): an <c>Action.Execute</c> that the clients of the listed users
/// send on their own (<c>trigger: automatic</c>) when they show the card, to get their own view. Teams refreshes for
/// at most <see cref="MaxUserIds"/> users, and never in channels: a channel card must be right through updates alone.
/// </summary>
public static class AdaptiveCardRefresh
{
    /// <summary>Most users a card may list for automatic refresh.</summary>
    public const int MaxUserIds = 60;

    /// <summary>
    /// The <c>refresh</c> object. More than <see cref="MaxUserIds"/> users, or a channel: nobody is listed
    /// (<c>userIds: []</c>), everyone sees the shared card, kept current by updates, and can refresh it by hand.
    /// </summary>
    /// <param name="verb">Verb of the refresh action (the card's handler).</param>
    /// <param name="data">Data of the refresh action: ids only.</param>
    /// <param name="userIds">Users (<c>29:</c> ids) who get their own view.</param>
    /// <param name="inChannel">True for a card posted in a channel.</param>
    public static JsonObject Create(string verb, JsonObject data, IReadOnlyCollection<string> userIds, bool inChannel = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(userIds);
        var listed = ListedUsers(userIds, inChannel);
        return new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = AdaptiveCardInvokeValue.ExecuteType, ["verb"] = verb, ["data"] = data },
            ["userIds"] = new JsonArray([.. listed.Select(id => (JsonNode)JsonValue.Create(id))]),
        };
    }

    /// <summary>The users a card lists: none in a channel or beyond <see cref="MaxUserIds"/>, else each once.</summary>
    public static IReadOnlyList<string> ListedUsers(IReadOnlyCollection<string> userIds, bool inChannel = false)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var distinct = userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        return inChannel || distinct.Count > MaxUserIds ? [] : distinct;
    }
}
