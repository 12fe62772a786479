namespace CreditBot.Users;

/// <summary>The company directory (Microsoft Graph in production): facts about a person by Entra object id.</summary>
public interface IUserDirectory
{
    /// <summary>A person by Entra object id or UPN; null when the directory does not know them.</summary>
    Task<DirectoryUser?> FindAsync(string objectId, CancellationToken cancellationToken);

    /// <summary>
    /// Installs the bot's Teams app for a person who does not have it, so that a 1:1 conversation can be
    /// created with them. Failures are outcomes, not exceptions.
    /// </summary>
    Task<AppInstallResult> InstallAppAsync(string objectId, CancellationToken cancellationToken);
}

/// <summary>
/// What the directory knows of a person. <see cref="Roles"/> and <see cref="BusinessUnits"/> come from group
/// membership (Graph); null when the directory does not give roles.
/// </summary>
public sealed record DirectoryUser(
    string ObjectId,
    string? UserPrincipalName,
    string? DisplayName,
    string? PreferredLanguage,
    string? Mail = null,
    IReadOnlySet<Role>? Roles = null,
    IReadOnlySet<string>? BusinessUnits = null);

/// <summary>The outcome of installing the app for a person; <see cref="RetryAfter"/> only when throttled.</summary>
public sealed record AppInstallResult(AppInstallStatus Status, TimeSpan? RetryAfter = null);

public enum AppInstallStatus
{
    Installed,
    AlreadyInstalled,

    /// <summary>The directory refused (403: permission or app policy).</summary>
    NotAllowed,
    UserNotFound,
    Throttled,

    /// <summary>No directory able to install apps is configured (local mode, no Graph).</summary>
    NotAvailable,
}
