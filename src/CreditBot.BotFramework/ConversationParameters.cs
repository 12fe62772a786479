using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>Body of <c>POST /v3/conversations</c> (create a conversation, proactive messages).</summary>
public sealed class ConversationParameters
{
    /// <summary>True for a new channel post, false for a 1:1 chat.</summary>
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }

    /// <summary>The bot (<c>28:&lt;appId&gt;</c>).</summary>
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; set; }

    /// <summary>Members of the conversation (the <c>29:</c> user for a 1:1 chat).</summary>
    [JsonPropertyName("members")] public IList<ChannelAccount>? Members { get; set; }

    /// <summary>Topic of the conversation.</summary>
    [JsonPropertyName("topicName")] public string? TopicName { get; set; }

    /// <summary>Tenant of the conversation.</summary>
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }

    /// <summary>First activity to post (new channel posts).</summary>
    [JsonPropertyName("activity")] public Activity? Activity { get; set; }

    /// <summary>Channel data (Teams: <c>tenant.id</c>, <c>channel.id</c>).</summary>
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
