using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>One page of conversation members.</summary>
public sealed class PagedMembersResult
{
    /// <summary>Token of the next page, or null on the last page.</summary>
    [JsonPropertyName("continuationToken")] public string? ContinuationToken { get; set; }

    /// <summary>Members on this page (Teams adds <c>objectId</c>, <c>email</c>, … as extension data).</summary>
    [JsonPropertyName("members")] public IList<ChannelAccount>? Members { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
