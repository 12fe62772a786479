using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditBot.BotFramework;

/// <summary>Details of a Teams team (<c>GET /v3/teams/{teamId}</c>).</summary>
public sealed class TeamDetails
{
    /// <summary>Team id (the id of its General channel).</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Team name.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Entra group id of the team.</summary>
    [JsonPropertyName("aadGroupId")] public string? AadGroupId { get; set; }

    /// <summary>Every other field, round-tripped.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
