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

    /// <summary>The language the requester asked in (<c>fr-FR</c>, <c>en-US</c>): their answer comes in it.</summary>
    public required string RequesterCulture { get; init; }

    public required AuthorityLevel Route { get; init; }

    public string? Justification { get; init; }

    /// <summary>The review date asked for the new limit.</summary>
    public DateOnly? ValidUntil { get; init; }

    public Money? ExpectedMonthlyBusiness { get; init; }

    public required SynthesisNote Note { get; init; }

    /// <summary>Members already reminded (object ids).</summary>
    public IReadOnlyList<string> Reminded { get; init; } = [];

    /// <summary>The minutes (Markdown, in the company language), written when the request closes.</summary>
    public string? Minutes { get; init; }

    public string Id => Request.Id;

    public int Version => Request.Version;

    public bool IsClosed => Request.Decision is not null;

    public LimitRequest ToDomain() => LimitRequest.FromSnapshot(Request);
}
