using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>Source-generated JSON serialization for the protocol types.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(List<ChannelAccount>))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(TeamDetails))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(ConnectorErrorBody))]
public sealed partial class BotJsonContext : JsonSerializerContext;
