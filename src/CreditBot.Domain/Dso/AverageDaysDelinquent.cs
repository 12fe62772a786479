namespace CreditBot.Domain.Dso;

/// <summary>Average days delinquent: DSO − best possible DSO, both by the same method over the same sales.</summary>
public sealed record AverageDaysDelinquent(decimal? Days, DsoResult Dso, DsoResult BestPossible)
{
    public static AverageDaysDelinquent Of(DsoResult dso, DsoResult bestPossible)
    {
        ArgumentNullException.ThrowIfNull(dso);
        ArgumentNullException.ThrowIfNull(bestPossible);
        if (dso.Method != bestPossible.Method || dso.DayCount != bestPossible.DayCount)
        {
            throw new ArgumentException("DSO and best possible DSO must use the same method.", nameof(bestPossible));
        }

        return new AverageDaysDelinquent(dso.Days - bestPossible.Days, dso, bestPossible);
    }

    public decimal? Rounded(int decimals) =>
        Days is { } days ? Math.Round(days, decimals, MidpointRounding.AwayFromZero) : null;
}
