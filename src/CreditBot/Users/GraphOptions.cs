using System.ComponentModel.DataAnnotations;

namespace CreditBot.Users;

/// <summary>
/// Microsoft Graph, app-only: people (UPN, mail, language), Entra groups as roles, and installing the Teams app
/// for someone who never wrote to the bot. Off by default: no Azure needed.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public bool Enabled { get; set; }

    /// <summary>Graph's root; another only for a national cloud (or a test's fake).</summary>
    [Required]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Tenant of the app registration (client secret only).</summary>
    public string? TenantId { get; set; }

    /// <summary>Client id of the app registration (client secret only).</summary>
    public string? ClientId { get; set; }

    /// <summary>Secret: from the environment (<c>Graph__ClientSecret</c>), never from the committed file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Use the system-assigned managed identity of the host instead of a secret.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity (the one the Azure template creates); wins over the others.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// The app's id in the tenant's app catalog (not the manifest id): needed to install the app for a person.
    /// <c>GET /appCatalogs/teamsApps?$filter=externalId eq '{TeamsApp:Id}'</c> gives it once the package is uploaded.
    /// </summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>How long what Graph said about a person (groups included) is trusted before asking again.</summary>
    [Range(1, 1440)]
    public int CacheMinutes { get; set; } = 15;

    /// <summary>Entra groups whose (transitive) members hold a role, optionally for one business unit.</summary>
    public IList<GroupRole> RoleGroups { get; } = [];

    public sealed class GroupRole
    {
        /// <summary>Object id of the Entra group.</summary>
        [Required]
        public string GroupId { get; set; } = string.Empty;

        public Role Role { get; set; }

        /// <summary>The business unit the role is held for (a credit manager of one BU); empty for every unit.</summary>
        public string? BusinessUnit { get; set; }
    }
}
