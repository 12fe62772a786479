using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace CreditBot.Users;

/// <summary>Reads people from Microsoft Graph (<c>GET /users/{id}</c>); a person Graph does not know is null.</summary>
public sealed class GraphUserDirectory(GraphServiceClient graph) : IUserDirectory
{
    private static readonly string[] Fields = ["id", "userPrincipalName", "displayName", "preferredLanguage"];

    public async Task<DirectoryUser?> FindAsync(string objectId, CancellationToken cancellationToken)
    {
        try
        {
            var user = await graph.Users[objectId].GetAsync(request => request.QueryParameters.Select = Fields, cancellationToken);
            return user?.Id is null ? null : new DirectoryUser(user.Id, user.UserPrincipalName, user.DisplayName, user.PreferredLanguage);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    // Installing through teamwork/installedApps comes with the Teams-package issue (#17).
    public Task<AppInstallResult> InstallAppAsync(string objectId, CancellationToken cancellationToken) =>
        Task.FromResult(new AppInstallResult(AppInstallStatus.NotAvailable));
}
