using CreditBot.Domain;
using CreditBot.Domain.Committee;
using CreditBot.Domain.Decisions;

namespace CreditBot.Committee;

/// <summary>
/// A limit request as stored: the domain's request (votes, decision, version) with what the form said, the route the
/// authority matrix chose, and the synthesis note as it stood when the request was made.
/// </summary>
public sealed record LimitRequestRecord
{
    public required LimitRequestSnapshot Request { get; init; }

    public required string ClientName { get; init; }

    public string? RequesterName { get; init; }

    /// <summary>Display names of the requester and the members (object id → name), as the record shows them.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>The language the requester asked in (<c>fr-FR</c>, <c>en-US</c>): their answer comes in it.</summary>
    public required string RequesterCulture { get; init; }

    public required AuthorityLevel Route { get; init; }

    public string? Justification { get; init; }

    /// <summary>The review date asked for the new limit.</summary>
    public DateOnly? ValidUntil { get; init; }

    public Money? ExpectedMonthlyBusiness { get; init; }

    public required SynthesisNote Note { get; init; }

    /// <summary>The language each member reads (object id → <c>fr-FR</c>, <c>en-US</c>), for what is sent to them.</summary>
    public IReadOnlyDictionary<string, string> Cultures { get; init; } = new Dictionary<string, string>();

    /// <summary>The minutes (Markdown, in the company language), written when the request closes.</summary>
    public string? Minutes { get; init; }

    public string Id => Request.Id;

    public int Version => Request.Version;

    public bool IsClosed => Request.Decision is not null;

    public LimitRequest ToDomain() => LimitRequest.FromSnapshot(Request);

    /// <summary>The language a member reads, as recorded; French by default.</summary>
    public string CultureOf(string objectId) =>
        Cultures.FirstOrDefault(pair => string.Equals(pair.Key, objectId, StringComparison.OrdinalIgnoreCase)).Value ?? "fr-FR";

    /// <summary>A person's name as recorded, else their object id.</summary>
    public string NameOf(string objectId) =>
        Names.FirstOrDefault(pair => string.Equals(pair.Key, objectId, StringComparison.OrdinalIgnoreCase)).Value ?? objectId;
}
