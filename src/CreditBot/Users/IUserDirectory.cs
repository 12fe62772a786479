namespace CreditBot.Users;

/// <summary>The company directory (Microsoft Graph in production): facts about a person by Entra object id.</summary>
public interface IUserDirectory
{
    Task<DirectoryUser?> FindAsync(string objectId, CancellationToken cancellationToken);

    /// <summary>
    /// Installs the bot's Teams app for a person who does not have it, so that a 1:1 conversation can be
    /// created with them. Failures are outcomes, not exceptions.
    /// </summary>
    Task<AppInstallResult> InstallAppAsync(string objectId, CancellationToken cancellationToken);
}

/// <summary>What the directory knows of a person.</summary>
public sealed record DirectoryUser(string ObjectId, string? UserPrincipalName, string? DisplayName, string? PreferredLanguage);

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
