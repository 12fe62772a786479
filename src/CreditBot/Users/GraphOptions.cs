namespace CreditBot.Users;

/// <summary>Microsoft Graph, for directory facts (UPN, language). Off by default: no Azure needed.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public bool Enabled { get; set; }

    /// <summary>Tenant of the app registration; the bot's credentials are reused (application permission User.Read.All).</summary>
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Secret: from the environment (<c>Graph__ClientSecret</c>), never from the committed file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Use the managed identity of the host instead of a secret.</summary>
    public bool UseManagedIdentity { get; set; }
}
