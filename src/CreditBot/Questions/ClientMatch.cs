using CreditBot.Domain.Clients;

namespace CreditBot.Questions;

/// <summary>What <see cref="ClientMatcher"/> found for a query.</summary>
public abstract record ClientMatch
{
    /// <summary>One clear match.</summary>
    public sealed record Found(Client Client) : ClientMatch;

    /// <summary>Several plausible clients, best first, at most <see cref="ClientMatcher.MaxCandidates"/>.</summary>
    public sealed record Ambiguous(IReadOnlyList<Client> Candidates) : ClientMatch;

    /// <summary>No plausible client; the closest names, best first, possibly none.</summary>
    public sealed record NotFound(IReadOnlyList<Client> Suggestions) : ClientMatch;
}
