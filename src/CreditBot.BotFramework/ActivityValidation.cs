using System.Text;
using System.Text.Json;

namespace CreditBot.BotFramework;

/// <summary>
/// What an inbound activity must hold before a handler sees it. Teams always sends a conversation with an id,
/// short ids and member lists without holes; an activity without them is the sender's fault (400), and must not
/// reach the handler, where it would fail as ours (500, or an apology in the chat).
/// </summary>
public static class ActivityValidation
{
    /// <summary>
    /// Longest id accepted, in UTF-8 bytes: ids are stored and indexed, and a LiteDB index key holds at most 1023 bytes
    /// counting its type and length bytes; Teams ids are a few hundred bytes at most.
    /// </summary>
    public const int MaxIdBytes = 1000;

    /// <summary>Null when the activity may be handled, otherwise why not (for the log).</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "activity has no type";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "activity has no serviceUrl";
        }

        // Replies are built on it: anything but an absolute HTTP(S) address cannot be answered on.
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "activity serviceUrl is not an absolute HTTP(S) address";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "activity has no conversation id";
        }

        if (HasNull(activity.MembersAdded) || HasNull(activity.MembersRemoved) || HasNull(activity.Entities) || HasNull(activity.Attachments))
        {
            return "a list of the activity holds a null element";
        }

        return Ids(activity).Any(id => id is not null && Encoding.UTF8.GetByteCount(id) > MaxIdBytes)
            ? $"an id of the activity is longer than {MaxIdBytes} bytes"
            : null;
    }

    private static bool HasNull<T>(IList<T>? items)
        where T : class => items is not null && items.Any(item => item is null);

    private static IEnumerable<string?> Ids(Activity activity)
    {
        yield return activity.Id;
        yield return activity.ReplyToId;
        yield return activity.Conversation?.Id;
        yield return activity.Conversation?.TenantId;
        yield return activity.From?.Id;
        yield return activity.From?.AadObjectId;
        yield return activity.Recipient?.Id;
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data)
        {
            foreach (var part in (string[])["tenant", "team", "channel"])
            {
                if (data.TryGetProperty(part, out var value) && value.ValueKind == JsonValueKind.Object
                    && value.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    yield return id.GetString();
                }
            }
        }
    }
}
