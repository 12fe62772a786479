namespace CreditBot.Users;

/// <summary>The company directory (Microsoft Graph in production): facts about a person by Entra object id.</summary>
public interface IUserDirectory
{
    Task<DirectoryUser?> FindAsync(string objectId, CancellationToken cancellationToken);
}

/// <summary>What the directory knows of a person.</summary>
public sealed record DirectoryUser(string ObjectId, string? UserPrincipalName, string? DisplayName, string? PreferredLanguage);
