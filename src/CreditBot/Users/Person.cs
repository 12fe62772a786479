namespace CreditBot.Users;

/// <summary>
/// Someone who talks to the bot, identified by their Entra object id. <see cref="BusinessUnits"/>: the units their
/// group roles are held for (Graph), when any.
/// </summary>
public sealed record Person(
    string ObjectId, string? Upn, string? Name, IReadOnlySet<Role> Roles, string? Language = null, IReadOnlySet<string>? BusinessUnits = null)
{
    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>Sees every client: credit managers, the CFO, committee members and administrators.</summary>
    public bool SeesAllClients => Roles.Any(r => r is Role.CreditManager or Role.Cfo or Role.CommitteeMember or Role.Administrator);

    /// <summary>True when a client's salesperson field (an object id or a UPN) names this person.</summary>
    public bool IsSalespersonOf(string? salesperson) =>
        !string.IsNullOrWhiteSpace(salesperson)
        && (string.Equals(salesperson.Trim(), ObjectId, StringComparison.OrdinalIgnoreCase)
            || (Upn is not null && string.Equals(salesperson.Trim(), Upn, StringComparison.OrdinalIgnoreCase)));
}
