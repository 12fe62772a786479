using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CreditBot.Cards;

/// <summary>Source-generated JSON for card nodes.</summary>
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class CardJson : JsonSerializerContext
{
    public static CardJson Context => Default;
}
