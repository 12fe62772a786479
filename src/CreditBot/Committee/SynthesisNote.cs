using CreditBot.Domain;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;

namespace CreditBot.Committee;

/// <summary>
/// What is known about the client when the request is made, computed from the ledger (seeds 002/003); kept with the
/// request so the minutes show the note as the committee saw it. Rendered in each reader's language.
/// </summary>
public sealed record SynthesisNote
{
    public required DateOnly AsOf { get; init; }

    public required string ClientName { get; init; }

    public string? Country { get; init; }

    public string? BusinessUnit { get; init; }

    public Money? CurrentLimit { get; init; }

    public DateOnly? ReviewDate { get; init; }

    public required Money Exposure { get; init; }

    public Money? Headroom { get; init; }

    public required Money Overdue { get; init; }

    public required Money Disputed { get; init; }

    /// <summary>The aged balance: each bucket and its amount.</summary>
    public IReadOnlyList<AgedAmount> Aged { get; init; } = [];

    /// <summary>Amount-weighted days late over the last 3 months, null without settlements.</summary>
    public decimal? RecentDaysLate { get; init; }

    public decimal? PreviousDaysLate { get; init; }

    public PaymentTrend Trend { get; init; }

    /// <summary>The client's count-back DSO over its own sales, null when it could not be computed.</summary>
    public decimal? Dso { get; init; }

    public Money? InsurerCover { get; init; }

    public string? RiskClass { get; init; }

    /// <summary>The company's margin rate used for <see cref="SalesToRecoverLoss"/>.</summary>
    public decimal MarginRate { get; init; }

    /// <summary>Sales needed to make up for losing the whole requested limit at the company's margin.</summary>
    public Money? SalesToRecoverLoss { get; init; }

    /// <summary>Earlier limit decisions for this client made here, newest first.</summary>
    public IReadOnlyList<PastLimitDecision> History { get; init; } = [];
}

public sealed record AgedAmount(AgingBucket Bucket, Money Amount);

public sealed record PastLimitDecision(string RequestId, DateOnly On, string Outcome, Money? Amount);
