namespace CreditBot.Domain.LatePayment;

/// <summary>A calendar half-year: H1 runs 1 January–30 June, H2 1 July–31 December.</summary>
public readonly record struct HalfYear
{
    public HalfYear(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        Year = year;
        Half = half;
    }

    public int Year { get; }

    public int Half { get; }

    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);

    public DateOnly End => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    public HalfYear Following => Half == 1 ? new HalfYear(Year, 2) : new HalfYear(Year + 1, 1);

    public static HalfYear Of(DateOnly date) => new(date.Year, date.Month <= 6 ? 1 : 2);

    public override string ToString() => $"H{Half} {Year}";
}
