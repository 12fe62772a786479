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

    /// <summary>A person by object id or UPN (command line, digests).</summary>
    public async Task<Person> FindAsync(string objectIdOrUpn, CancellationToken cancellationToken)
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

        // The directory (Graph when configured) adds what configuration does not say, and the roles of group membership.
        var key = objectId.Length > 0 ? objectId : upn;
        var user = key is null ? null : await directory.FindAsync(key, cancellationToken);
        if (objectId.Length == 0 && user is not null)
        {
            objectId = user.ObjectId;
        }

        upn ??= user?.UserPrincipalName;
        name ??= user?.DisplayName;

        // The language chosen in chat ("english please") wins over configuration and the directory.
        language = languages?.Find(objectId) ?? language ?? user?.PreferredLanguage;

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
