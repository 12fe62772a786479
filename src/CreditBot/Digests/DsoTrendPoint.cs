using CreditBot.Domain.Dso;

namespace CreditBot.Digests;

/// <summary>One week of the weekly summary's trend: its count-back DSO (one decimal) and where the figure comes from.</summary>
/// <remarks><paramref name="Receivables"/>: what was owed that week, kept for a recomputed week (the CEI's beginning).</remarks>
public sealed record DsoTrendPoint(DateOnly Week, decimal Dso, DsoTrendSource Source, Domain.Money? Receivables = null);

/// <summary>Where a point of the trend comes from; the chart and the card tell them apart.</summary>
public enum DsoTrendSource
{
    /// <summary>Recorded by the weekly run of that week (or by this one, for this week).</summary>
    Recorded,

    /// <summary>Rebuilt from today's ledger as of that week's date (<see cref="PastDso"/>): no run recorded it.</summary>
    Recomputed,
}
