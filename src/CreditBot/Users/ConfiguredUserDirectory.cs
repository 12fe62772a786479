using Microsoft.Extensions.Options;

namespace CreditBot.Users;

/// <summary>The directory when Graph is not configured: only the people listed in <c>People:Directory</c>.</summary>
public sealed class ConfiguredUserDirectory(IOptions<PeopleOptions> options) : IUserDirectory
{
    public Task<DirectoryUser?> FindAsync(string objectId, CancellationToken cancellationToken)
    {
        var entry = options.Value.Directory.FirstOrDefault(p =>
            string.Equals(p.ObjectId, objectId, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Upn, objectId, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(entry is null ? null : new DirectoryUser(entry.ObjectId, entry.Upn, entry.Name, entry.Language));
    }

    /// <summary>Without Graph nothing can be installed: the person must open the bot once.</summary>
    public Task<AppInstallResult> InstallAppAsync(string objectId, CancellationToken cancellationToken) =>
        Task.FromResult(new AppInstallResult(AppInstallStatus.NotAvailable));
}
