namespace CreditBot.BotFramework;

/// <summary>
/// What it takes to write to a conversation later (proactive messages): captured from every
/// authenticated activity.
/// </summary>
public sealed record ConversationReference
{
    /// <summary>Conversation id.</summary>
    public required string ConversationId { get; init; }

    /// <summary>Conversation service base address.</summary>
    public required string ServiceUrl { get; init; }

    /// <summary>Channel id (<c>msteams</c>).</summary>
    public required string ChannelId { get; init; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>Tenant id.</summary>
    public string? TenantId { get; init; }

    /// <summary>Bot account id (<c>28:…</c>).</summary>
    public string? BotId { get; init; }

    /// <summary>Bot display name.</summary>
    public string? BotName { get; init; }

    /// <summary>User account id (<c>29:…</c>) for personal conversations.</summary>
    public string? UserId { get; init; }

    /// <summary>User's Entra object id.</summary>
    public string? UserAadObjectId { get; init; }

    /// <summary>User's display name.</summary>
    public string? UserName { get; init; }

    /// <summary>Team id for channel conversations.</summary>
    public string? TeamId { get; init; }

    /// <summary>Channel id (<c>19:…</c>) for channel conversations.</summary>
    public string? TeamsChannelId { get; init; }

    /// <summary>
    /// True when <see cref="ServiceUrl"/> was trusted when the reference was stored: vouched for by the
    /// token's <c>serviceurl</c> claim (or loopback in local mode), or a configured Teams host. Only
    /// such references are trusted after a restart and used for proactive messages; a reference stored
    /// before this was recorded reads as false.
    /// </summary>
    public bool ServiceUrlVouched { get; init; }

    /// <summary>Builds the reference of an inbound activity, or null when it lacks the routing fields.</summary>
    public static ConversationReference? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return null;
        }

        string? teamId = null;
        string? channelId = null;
        if (activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data)
        {
            teamId = ReadId(data, "team");
            channelId = ReadId(data, "channel");
        }

        return new ConversationReference
        {
            ConversationId = activity.Conversation.Id,
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId ?? "msteams",
            ConversationType = activity.Conversation.ConversationType,
            TenantId = activity.TenantId,
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            UserId = activity.From?.Id,
            UserAadObjectId = activity.From?.AadObjectId,
            UserName = activity.From?.Name,
            TeamId = teamId,
            TeamsChannelId = channelId,
        };
    }

    private static string? ReadId(System.Text.Json.JsonElement data, string property) =>
        data.TryGetProperty(property, out var part)
            && part.ValueKind == System.Text.Json.JsonValueKind.Object
            && part.TryGetProperty("id", out var id)
            && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
}
