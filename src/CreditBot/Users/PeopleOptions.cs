using System.ComponentModel.DataAnnotations;

namespace CreditBot.Users;

/// <summary>Who holds which role. Salespeople also come from the client master's salesperson field.</summary>
public sealed class PeopleOptions
{
    public const string SectionName = "People";

    /// <summary>When true (the default), a salesperson sees only the clients whose salesperson they are.</summary>
    public bool SalespeopleSeeOnlyTheirClients { get; set; } = true;

    public IList<PersonEntry> Directory { get; } = [];

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
    }
}
