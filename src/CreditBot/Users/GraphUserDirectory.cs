using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.CheckMemberGroups;
using Microsoft.Kiota.Abstractions;

namespace CreditBot.Users;

/// <summary>
/// People from Microsoft Graph, app-only: <c>GET /users/{id or UPN}</c> for name, mail and language,
/// <c>POST /users/{id}/checkMemberGroups</c> for the groups of <see cref="GraphOptions.RoleGroups"/>, both cached for
/// <see cref="GraphOptions.CacheMinutes"/>; <c>POST /users/{id}/teamwork/installedApps</c> to install the app.
/// Graph's refusals (403, 404, 409, 429) are outcomes, not exceptions.
/// </summary>
public sealed class GraphUserDirectory(
    GraphServiceClient graph, IOptions<GraphOptions> options, TimeProvider timeProvider, ILogger<GraphUserDirectory> logger) : IUserDirectory
{
    private const int GroupsPerCheck = 20; // checkMemberGroups takes at most 20 ids per call
    private static readonly string[] Fields = ["id", "userPrincipalName", "displayName", "mail", "preferredLanguage"];
    private readonly ConcurrentDictionary<string, CacheEntry> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<DirectoryUser?> FindAsync(string objectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        var now = timeProvider.GetUtcNow();
        if (_cache.TryGetValue(objectId, out var cached) && cached.Expires > now)
        {
            return cached.User;
        }

        try
        {
            var user = await ReadAsync(objectId, cancellationToken);
            _cache[objectId] = new CacheEntry(user, now.AddMinutes(options.Value.CacheMinutes));
            return user;
        }
        catch (ApiException error) when (error.ResponseStatusCode is 403 or 429 or >= 500)
        {
            // Graph down or throttled must not stop a turn: keep what was known, else no Graph facts (fewer rights, never more).
            logger.GraphReadFailed(error.ResponseStatusCode, objectId, cached is null ? "no facts from Graph this time" : "kept the facts read before");
            return cached?.User;
        }
    }

    public async Task<AppInstallResult> InstallAppAsync(string objectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.TeamsAppCatalogId))
        {
            logger.NoCatalogId(objectId);
            return new AppInstallResult(AppInstallStatus.NotAvailable);
        }

        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{settings.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{Uri.EscapeDataString(settings.TeamsAppCatalogId)}",
            },
        };
        try
        {
            await graph.Users[objectId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
            logger.AppInstalled(objectId, AppInstallStatus.Installed);
            return new AppInstallResult(AppInstallStatus.Installed);
        }
        catch (ApiException error) when (error.ResponseStatusCode is 403 or 404 or 409 or 429)
        {
            var result = error.ResponseStatusCode switch
            {
                409 => new AppInstallResult(AppInstallStatus.AlreadyInstalled),
                403 => new AppInstallResult(AppInstallStatus.NotAllowed),
                404 => new AppInstallResult(AppInstallStatus.UserNotFound),
                _ => new AppInstallResult(AppInstallStatus.Throttled, RetryAfter(error)),
            };
            if (result.Status == AppInstallStatus.AlreadyInstalled)
            {
                logger.AppInstalled(objectId, result.Status);
            }
            else
            {
                logger.AppInstallFailed(objectId, result.Status, error.ResponseStatusCode);
            }

            return result;
        }
    }

    private async Task<DirectoryUser?> ReadAsync(string objectId, CancellationToken cancellationToken)
    {
        User? user;
        try
        {
            user = await graph.Users[objectId].GetAsync(request => request.QueryParameters.Select = Fields, cancellationToken);
        }
        catch (ApiException error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }

        if (user?.Id is null)
        {
            return null;
        }

        var (roles, units) = await RolesAsync(user.Id, cancellationToken);
        return new DirectoryUser(user.Id, user.UserPrincipalName, user.DisplayName, user.PreferredLanguage, user.Mail, roles, units);
    }

    private async Task<(IReadOnlySet<Role>? Roles, IReadOnlySet<string>? Units)> RolesAsync(string objectId, CancellationToken cancellationToken)
    {
        var groups = options.Value.RoleGroups;
        if (groups.Count == 0)
        {
            return (null, null);
        }

        var member = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in groups.Select(g => g.GroupId).Distinct(StringComparer.OrdinalIgnoreCase).Chunk(GroupsPerCheck))
        {
            var body = new CheckMemberGroupsPostRequestBody { GroupIds = [.. chunk] };
            var response = await graph.Users[objectId].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(body, cancellationToken: cancellationToken);
            member.UnionWith(response?.Value ?? []);
        }

        var held = groups.Where(g => member.Contains(g.GroupId)).ToList();
        return (
            held.Select(g => g.Role).ToHashSet(),
            held.Where(g => !string.IsNullOrWhiteSpace(g.BusinessUnit)).Select(g => g.BusinessUnit!).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    private static TimeSpan? RetryAfter(ApiException error)
    {
        var header = error.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }

    private sealed record CacheEntry(DirectoryUser? User, DateTimeOffset Expires);
}
