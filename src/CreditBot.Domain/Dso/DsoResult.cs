namespace CreditBot.Domain.Dso;

/// <summary>
/// A days-sales-outstanding figure with how it was computed. <see cref="Days"/> is kept at full precision (round
/// for display only) and is null when the method could not conclude (see <see cref="Status"/>); then
/// <see cref="DaysWalked"/> says how far the count-back went.
/// </summary>
public sealed record DsoResult(
    DsoMethod Method,
    DsoStatus Status,
    decimal? Days,
    decimal DaysWalked,
    Money Receivables,
    Money Sales,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal PeriodDays,
    DayCountConvention? DayCount,
    DsoInclusions Included,
    IReadOnlyList<CountBackStep> Steps)
{
    public bool IsComputed => Status == DsoStatus.Computed;

    /// <summary>The figure rounded half away from zero, as published pages round it.</summary>
    public decimal? Rounded(int decimals) =>
        Days is { } days ? Math.Round(days, decimals, MidpointRounding.AwayFromZero) : null;

    public string Explanation => Method switch
    {
        DsoMethod.CountBack =>
            $"Count-back from receivables of {Receivables} over {Steps.Count} month(s), "
            + (DayCount == DayCountConvention.ThirtyDayMonths ? "30-day months" : "calendar-day months")
            + $", {Included.Description}.",
        DsoMethod.SimpleRatio =>
            $"Receivables {Receivables} ÷ sales {Sales} × {PeriodDays} days, {Included.Description}.",
        _ => $"Average receivables {Receivables} ÷ sales {Sales} × {PeriodDays} days, {Included.Description}.",
    };
}
