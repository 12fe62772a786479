using CreditBot.Domain.Dso;

namespace CreditBot.Answers;

/// <summary>
/// What the DSO card shows, computed by the caller at <paramref name="AsOf"/> over <paramref name="Scope"/>:
/// <c>CountBackDso.Compute</c> (the headline), and when available <c>RatioDso.Simple</c>,
/// <c>BestPossibleDso.CountBack</c> (same day count, so that average days delinquent can be shown),
/// <c>OverdueRate.Of</c> and the collection effectiveness index.
/// <paramref name="ScopeName"/> names the business unit or country.
/// </summary>
public sealed record DsoView(
    DsoScopeKind Scope,
    DateOnly AsOf,
    DsoResult CountBack,
    DsoResult? Ratio = null,
    DsoResult? BestPossible = null,
    OverdueRate? OverdueRate = null,
    CollectionEffectivenessIndex? Cei = null,
    string? ScopeName = null);
