using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>
/// A Bot Framework activity. Only the routing fields CreditBot reads are typed; every other field
/// is kept in <see cref="ExtensionData"/> and written back unchanged (protocol rule A2005).
/// </summary>
public sealed class Activity
{
    /// <summary>Activity type: <c>message</c>, <c>invoke</c>, <c>conversationUpdate</c>, ...</summary>
    [JsonPropertyName("type")] public string? Type { get; set; }

    /// <summary>Id the channel gave the activity.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>UTC time the channel sent the activity.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>Base address of the conversation service to answer on.</summary>
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }

    /// <summary>Channel id, <c>msteams</c> for Teams.</summary>
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }

    /// <summary>Sender of the activity.</summary>
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }

    /// <summary>Conversation the activity belongs to.</summary>
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }

    /// <summary>Receiver of the activity (the bot for inbound activities).</summary>
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }

    /// <summary>Message text.</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }

    /// <summary>Text format: <c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }

    /// <summary>Sender's locale, such as <c>fr-FR</c>.</summary>
    [JsonPropertyName("locale")] public string? Locale { get; set; }

    /// <summary>Invoke or event name, such as <c>adaptiveCard/action</c>.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Value of an invoke, event or card submit.</summary>
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }

    /// <summary>Id of the activity this one replies to.</summary>
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }

    /// <summary>Action of an <c>installationUpdate</c>: <c>add</c>, <c>remove</c>, ...</summary>
    [JsonPropertyName("action")] public string? Action { get; set; }

    /// <summary>Members added by a <c>conversationUpdate</c>.</summary>
    [JsonPropertyName("membersAdded")] public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members removed by a <c>conversationUpdate</c>.</summary>
    [JsonPropertyName("membersRemoved")] public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>Entities such as mentions and client info.</summary>
    [JsonPropertyName("entities")] public IList<Entity>? Entities { get; set; }

    /// <summary>Attachments such as Adaptive Cards.</summary>
    [JsonPropertyName("attachments")] public IList<Attachment>? Attachments { get; set; }

    /// <summary>Channel-specific data (Teams: tenant, team, channel, notification, ...).</summary>
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }

    /// <summary>Summary shown in notifications.</summary>
    [JsonPropertyName("summary")] public string? Summary { get; set; }

    /// <summary>Every field not typed above, round-tripped as received.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Tenant of the conversation: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    [JsonIgnore]
    public string? TenantId
    {
        get
        {
            if (!string.IsNullOrEmpty(Conversation?.TenantId))
            {
                return Conversation.TenantId;
            }

            if (ChannelData is { ValueKind: JsonValueKind.Object } data
                && data.TryGetProperty("tenant", out var tenant)
                && tenant.ValueKind == JsonValueKind.Object
                && tenant.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }

            return null;
        }
    }

    /// <summary>Creates a message activity.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };
}
