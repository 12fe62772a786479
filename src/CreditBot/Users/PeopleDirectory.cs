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
    IOptions<PeopleOptions> options,
    IUserDirectory directory,
    LedgerStore ledger,
    IOptions<BotFrameworkOptions> botFramework,
    LanguagePreferenceStore? languages = null)
{
    private SalespeopleIndex? _salespeople;

    public PeopleOptions Options => options.Value;

    /// <summary>
    /// How a client's salesperson field (an object id, a UPN or a name, as the ledger gives it) reads on a card: the
    /// configured person's name when the field names a configured person, else the field as it is.
    /// </summary>
    public string DisplayNameOf(string salesperson)
    {
        ArgumentNullException.ThrowIfNull(salesperson);
        var named = salesperson.Trim();
        var entry = options.Value.Directory.FirstOrDefault(p =>
            string.Equals(p.ObjectId, named, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Upn, named, StringComparison.OrdinalIgnoreCase));
        return entry?.Name is { Length: > 0 } name ? name : named;
    }

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

        // Graph's /users/{id} also accepts a UPN; only an answer for this very object id counts.
        var user = await directory.FindAsync(objectId, cancellationToken);
        if (user is not null && !string.Equals(user.ObjectId, objectId, StringComparison.OrdinalIgnoreCase))
        {
            user = null;
        }

        return Create(objectId, entry, user);
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

        // The directory (Graph when configured) adds what configuration does not say, and the roles of group membership.
        var key = objectId.Length > 0 ? objectId : upn;
        var user = key is null ? null : await directory.FindAsync(key, cancellationToken);
        if (objectId.Length == 0 && user is not null)
        {
            objectId = user.ObjectId;
        }

        return Create(objectId, entry, user, upn);
    }

    // Configuration first, then what the directory adds: names, the language, and the roles and units of group
    // membership; plus the salesperson role when the client master names the person.
    private Person Create(string objectId, PeopleOptions.PersonEntry? entry, DirectoryUser? user, string? upn = null)
    {
        upn ??= entry?.Upn ?? user?.UserPrincipalName;
        var name = entry?.Name ?? user?.DisplayName;

        // The language chosen in chat ("english please") wins over configuration and the directory.
        var language = (objectId.Length > 0 ? languages?.Find(objectId) : null) ?? entry?.Language ?? user?.PreferredLanguage;

        var roles = new HashSet<Role>(entry?.Roles ?? []);
        if (user?.Roles is { } groupRoles)
        {
            roles.UnionWith(groupRoles);
        }

        var person = new Person(objectId, upn, name, roles, language, user?.BusinessUnits);
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
