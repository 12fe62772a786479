namespace CreditBot.MachineAccess;

/// <summary>
/// What a machine-to-machine endpoint accepts: an API key sent in <see cref="ApiKeyHeader"/> whose SHA-256 (hex) is
/// <see cref="ApiKeySha256"/> (empty: no key accepted), or an Entra token of our tenant with the app role
/// <see cref="EntraRole"/>. With neither configured the endpoint is closed.
/// </summary>
/// <param name="Name">Short name for logs and the caller id (<c>imports</c>).</param>
/// <param name="ApiKeyHeader">Header carrying the API key.</param>
/// <param name="ApiKeySha256">Hex SHA-256 of the key, never the key itself.</param>
/// <param name="EntraRole">App role an Entra token needs.</param>
public sealed record MachineAccessPolicy(string Name, string ApiKeyHeader, string ApiKeySha256, string EntraRole);
