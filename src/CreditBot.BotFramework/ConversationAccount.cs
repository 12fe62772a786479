using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>A conversation: personal chat, group chat or channel thread.</summary>
public sealed class ConversationAccount
{
    /// <summary>Conversation id.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    [JsonPropertyName("conversationType")] public string? ConversationType { get; set; }

    /// <summary>True for group chats and channels.</summary>
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }

    /// <summary>Tenant of the conversation.</summary>
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }

    /// <summary>Conversation name, when the channel gives one.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
