using System.ComponentModel.DataAnnotations;

namespace CreditBot.Users;

/// <summary>Who holds which role. Salespeople also come from the client master's salesperson field.</summary>
public sealed class PeopleOptions
{
    public const string SectionName = "People";

    /// <summary>When true (the default), a salesperson sees only the clients whose salesperson they are.</summary>
    public bool SalespeopleSeeOnlyTheirClients { get; set; } = true;

    public IList<PersonEntry> Directory { get; } = [];

    /// <summary>
    /// Roles given to a sender without <c>from.aadObjectId</c> (a load generator, the emulator), but only while
    /// <c>BotFramework:DisableAuthentication</c> is true: local mode, itself allowed only in Development and on
    /// loopback addresses. Ignored otherwise, so an anonymous sender never gets a role in production. Empty by
    /// default: the unknown sender has no role and sees no client. For benchmarks and local trials only.
    /// </summary>
    public IList<Role> LocalModeAnonymousRoles { get; } = [];

    public sealed class PersonEntry
    {
        /// <summary>Entra object id (<c>from.aadObjectId</c>).</summary>
        [Required]
        public string ObjectId { get; set; } = string.Empty;

        public string? Upn { get; set; }

        public string? Name { get; set; }

        public IList<Role> Roles { get; } = [];

        /// <summary>Preferred language, <c>fr</c> or <c>en</c>, for messages the bot sends first.</summary>
        public string? Language { get; set; }

        /// <summary>
        /// The business units this person covers in their roles (a credit manager per unit); empty: every unit.
        /// </summary>
        public IList<string> BusinessUnits { get; } = [];
    }
}
