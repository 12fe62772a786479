using CreditBot.Domain;
using CreditBot.Domain.Decisions;
using CreditBot.Domain.Orders;
using CreditBot.Users;
using Microsoft.Extensions.Options;

namespace CreditBot.OrderBlocks;

/// <summary>
/// Who decides a blocked order, by the authority matrix: the credit managers of the client's business unit up to
/// their authority, the CFO above (and when the unit has no credit manager, or once the request is escalated), or the one approver it was forwarded to.
/// The order's salesperson is never among them (four eyes).
/// </summary>
public sealed class OrderBlockRouting(PeopleDirectory people, IOptions<OrderBlockOptions> options)
{
    public AuthorityMatrix Matrix(Currency currency) => options.Value.Authority(currency);

    public AuthorityLevel RequiredLevel(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Matrix(block.OrderAmount.Currency).RequiredFor(block.OrderAmount);
    }

    public IReadOnlyList<Person> ApproversOf(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.AssigneeId is { } assignee)
        {
            return [.. Approvers(block).Where(p => string.Equals(p.ObjectId, assignee, StringComparison.OrdinalIgnoreCase))
                .DefaultIfEmpty(new Person(assignee, null, block.AssigneeName, new HashSet<Role>()))];
        }

        var creditManagers = Holders(Role.CreditManager, block);
        return !block.Escalated && RequiredLevel(block) == AuthorityLevel.CreditManager && creditManagers.Count > 0
            ? creditManagers
            : Holders(Role.Cfo, block);
    }

    /// <summary>Everyone who may decide orders of this client's unit: its credit managers and the CFO.</summary>
    public IReadOnlyList<Person> Approvers(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return [.. Holders(Role.CreditManager, block).Concat(Holders(Role.Cfo, block))
            .DistinctBy(p => p.ObjectId, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The authority <paramref name="person"/> holds over this order's unit, or null when they hold none.</summary>
    public AuthorityLevel? HeldBy(Person person, OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(person);
        bool Holds(Role role) => person.Has(role)
            && people.HoldersOf(role, block.BusinessUnit).Any(p => string.Equals(p.ObjectId, person.ObjectId, StringComparison.OrdinalIgnoreCase));
        return Holds(Role.Cfo) ? AuthorityLevel.Cfo
            : Holds(Role.CreditManager) ? AuthorityLevel.CreditManager
            : null;
    }

    /// <summary>The salesperson's Entra object id: as the client master writes it, or from a configured UPN.</summary>
    public string? SalespersonObjectId(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (string.IsNullOrWhiteSpace(block.Salesperson))
        {
            return null;
        }

        var named = block.Salesperson.Trim();
        var entry = people.Options.Directory.FirstOrDefault(p =>
            string.Equals(p.ObjectId, named, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Upn, named, StringComparison.OrdinalIgnoreCase));
        return entry?.ObjectId ?? (named.Contains('@', StringComparison.Ordinal) ? null : named);
    }

    /// <summary>A configured person's name from their object id or UPN (as a client master names a salesperson); the key itself otherwise.</summary>
    public string NameOf(string key) => people.Options.Directory.FirstOrDefault(p =>
        string.Equals(p.ObjectId, key, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Upn, key, StringComparison.OrdinalIgnoreCase))?.Name ?? key;

    /// <summary>A configured person's name and language by object id, for messages and cards.</summary>
    public PeopleOptions.PersonEntry? Entry(string? objectId) =>
        objectId is null ? null : people.Options.Directory.FirstOrDefault(p => string.Equals(p.ObjectId, objectId, StringComparison.OrdinalIgnoreCase));

    private List<Person> Holders(Role role, OrderBlock block) =>
        [.. people.HoldersOf(role, block.BusinessUnit).Where(p => p.ObjectId.Length > 0 && !p.IsSalespersonOf(block.Salesperson))];
}
