using System.Collections.Concurrent;
using CreditBot.BotFramework;
using CreditBot.Storage;
using Microsoft.Extensions.Options;

namespace CreditBot.Users;

/// <summary>
/// Who is asking: the activity's <c>from.aadObjectId</c>, with the roles given in configuration,
/// plus the salesperson role when the client master names them (by object id or UPN).
/// Never trusts a name or id sent in card data. In local mode only, a sender without object id gets
/// <see cref="PeopleOptions.LocalModeAnonymousRoles"/>.
/// </summary>
public sealed class PeopleDirectory(
    IOptions<PeopleOptions> options, IUserDirectory directory, LedgerStore ledger, IOptions<BotFrameworkOptions> botFramework)
{
    private readonly ConcurrentDictionary<string, DirectoryUser?> _directoryCache = new(StringComparer.OrdinalIgnoreCase);
    private SalespeopleIndex? _salespeople;

    public PeopleOptions Options => options.Value;

    /// <summary>
    /// The person behind an activity; someone unknown gets no role (and sees no client), except a sender without
    /// object id in local mode, who gets <see cref="PeopleOptions.LocalModeAnonymousRoles"/>.
    /// </summary>
    public async Task<Person> IdentifyAsync(ChannelAccount? from, CancellationToken cancellationToken)
    {
        var objectId = from?.AadObjectId;
        if (string.IsNullOrWhiteSpace(objectId))
        {
            var roles = botFramework.Value.DisableAuthentication ? options.Value.LocalModeAnonymousRoles : [];
            return new Person(string.Empty, null, from?.Name, new HashSet<Role>(roles));
        }

        return await FindAsync(objectId, cancellationToken) with { Name = from?.Name ?? objectId };
    }

    /// <summary>
    /// A person by Entra object id only (the activity's <c>from.aadObjectId</c>): a UPN written there
    /// identifies no one, and a directory answer for another id does not count.
    /// </summary>
    public async Task<Person> FindAsync(string objectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);

        // Object ids never hold '@'; a UPN must not match a UPN entry, nor a salesperson named by UPN.
        if (objectId.Contains('@', StringComparison.Ordinal))
        {
            return new Person(string.Empty, null, null, new HashSet<Role>());
        }

        var entry = options.Value.Directory.FirstOrDefault(p => string.Equals(p.ObjectId, objectId, StringComparison.OrdinalIgnoreCase));
        var upn = entry?.Upn;
        var name = entry?.Name;
        var language = entry?.Language;
        if (upn is null)
        {
            // Graph's /users/{id} also accepts a UPN; only an answer for this very object id counts.
            var user = await LookUpAsync(objectId, cancellationToken);
            if (user is not null && string.Equals(user.ObjectId, objectId, StringComparison.OrdinalIgnoreCase))
            {
                upn = user.UserPrincipalName;
                name ??= user.DisplayName;
                language ??= user.PreferredLanguage;
            }
        }

        return Create(objectId, upn, name, entry?.Roles, language);
    }

    /// <summary>A person by object id or UPN: for the command line, where an operator names someone, never for a sender.</summary>
    public async Task<Person> FindByObjectIdOrUpnAsync(string objectIdOrUpn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectIdOrUpn);
        var entry = options.Value.Directory.FirstOrDefault(p =>
            string.Equals(p.ObjectId, objectIdOrUpn, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.Upn, objectIdOrUpn, StringComparison.OrdinalIgnoreCase));
        var looksLikeUpn = objectIdOrUpn.Contains('@', StringComparison.Ordinal);
        var objectId = entry?.ObjectId ?? (looksLikeUpn ? string.Empty : objectIdOrUpn);
        var upn = entry?.Upn ?? (looksLikeUpn ? objectIdOrUpn : null);
        var name = entry?.Name;
        var language = entry?.Language;
        if (upn is null && objectId.Length > 0)
        {
            var user = await LookUpAsync(objectId, cancellationToken);
            upn = user?.UserPrincipalName;
            name ??= user?.DisplayName;
            language ??= user?.PreferredLanguage;
        }

        return Create(objectId, upn, name, entry?.Roles, language);
    }

    // The configured roles, plus the salesperson role when the client master names the person.
    private Person Create(string objectId, string? upn, string? name, IEnumerable<Role>? configuredRoles, string? language)
    {
        var roles = new HashSet<Role>(configuredRoles ?? []);
        var person = new Person(objectId, upn, name, roles, language);
        if (Salespeople().Contains(person))
        {
            roles.Add(Role.Salesperson);
        }

        return person;
    }

    /// <summary>
    /// Who holds <paramref name="role"/> for <paramref name="businessUnit"/> (who gets a blocked order's approval card,
    /// a unit's digest): the configured holders of the role whose <c>BusinessUnits</c> name it (case and accents as
    /// written, spaces trimmed, case-insensitive), and those who list no unit, as they cover every unit. A client with
    /// no business unit goes to those company-wide holders only. Salespeople are named per client, not per unit.
    /// </summary>
    public IReadOnlyList<Person> HoldersOf(Role role, string? businessUnit)
    {
        var unit = businessUnit?.Trim();
        return [.. options.Value.Directory
            .Where(entry => entry.Roles.Contains(role))
            .Where(entry => entry.BusinessUnits.Count == 0
                || (!string.IsNullOrEmpty(unit) && entry.BusinessUnits.Any(b => string.Equals(b.Trim(), unit, StringComparison.OrdinalIgnoreCase))))
            .Select(entry => new Person(entry.ObjectId, entry.Upn, entry.Name, new HashSet<Role>(entry.Roles), entry.Language))];
    }

    private async Task<DirectoryUser?> LookUpAsync(string objectId, CancellationToken cancellationToken)
    {
        if (_directoryCache.TryGetValue(objectId, out var cached))
        {
            return cached;
        }

        var user = await directory.FindAsync(objectId, cancellationToken);
        _directoryCache[objectId] = user;
        return user;
    }

    private SalespeopleIndex Salespeople()
    {
        var version = ledger.FindSnapshot()?.Checksum;
        var index = _salespeople;
        if (index is null || index.Version != version)
        {
            index = new SalespeopleIndex(version, ledger.AllClients().Select(c => c.Salesperson));
            _salespeople = index;
        }

        return index;
    }

    private sealed class SalespeopleIndex(string? version, IEnumerable<string?> salespeople)
    {
        private readonly HashSet<string> _keys = new(
            salespeople.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()),
            StringComparer.OrdinalIgnoreCase);

        public string? Version { get; } = version;

        public bool Contains(Person person) =>
            (person.ObjectId.Length > 0 && _keys.Contains(person.ObjectId)) || (person.Upn is not null && _keys.Contains(person.Upn));
    }
}
