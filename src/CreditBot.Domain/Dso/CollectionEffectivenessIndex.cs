namespace CreditBot.Domain.Dso;

/// <summary>
/// Collection effectiveness index, in percent:
/// (B + S/N − E_total) ÷ (B + S/N − E_current) × 100, with B the beginning receivables, S the credit sales of the
/// N months, E_total the ending receivables and E_current the ending receivables not yet due.
/// </summary>
public sealed record CollectionEffectivenessIndex(
    decimal? Percent,
    Money Beginning,
    Money Sales,
    int Months,
    Money EndingTotal,
    Money EndingCurrent,
    DsoInclusions Included)
{
    public static CollectionEffectivenessIndex Of(
        Money beginning,
        Money sales,
        int months,
        Money endingTotal,
        Money endingCurrent,
        DsoInclusions? included = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        _ = beginning + sales + endingTotal + endingCurrent;
        var collectable = beginning.Amount + (sales.Amount / months);
        var numerator = collectable - endingTotal.Amount;
        var denominator = collectable - endingCurrent.Amount;
        decimal? percent = denominator > 0m ? numerator * 100m / denominator : null;
        return new CollectionEffectivenessIndex(
            percent, beginning, sales, months, endingTotal, endingCurrent, included ?? DsoInclusions.Default);
    }

    public decimal? Rounded(int decimals) =>
        Percent is { } percent ? Math.Round(percent, decimals, MidpointRounding.AwayFromZero) : null;
}
