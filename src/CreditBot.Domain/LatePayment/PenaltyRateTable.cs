namespace CreditBot.Domain.LatePayment;

/// <summary>
/// Dated rates by half-year. Immutable: <see cref="With"/> returns an edited copy, so an administrator's change
/// is stored as a new table; the app adds the half-years of the <c>LatePayment:Rates</c> setting to <see cref="Default"/>.
/// </summary>
public sealed record PenaltyRateTable
{
    public PenaltyRateTable(IEnumerable<HalfYearRates> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries
            .GroupBy(entry => entry.HalfYear)
            .Select(group => group.Last())
            .OrderBy(entry => entry.HalfYear.Year)
            .ThenBy(entry => entry.HalfYear.Half)];
    }

    public static PenaltyRateTable Default { get; } = new(
    [
        new HalfYearRates(new HalfYear(2024, 1), 4.50m, Source: "ECB MRO 4.50 % (unchanged since Sept 2023)"),
        new HalfYearRates(new HalfYear(2024, 2), 4.25m, 4.92m, 8.16m, "ECB MRO 4.25 % (12 June 2024)"),
        new HalfYearRates(new HalfYear(2025, 1), 3.15m, 3.71m, 7.21m, "ECB MRO 3.15 % (18 Dec 2024)"),
        new HalfYearRates(new HalfYear(2025, 2), 2.15m, 2.76m, 6.65m, "ECB MRO 2.15 % (11 June 2025)"),

        // ECB main refinancing rate on 1 January 2026: 2.15 %, in force since 11 June 2025 and left unchanged by the
        // Governing Council on 18 December 2025 (ECB press release "Monetary policy decisions", 18 December 2025).
        // Legal rates for H1 2026: arrêté du 15 décembre 2025, JORF n° 0302 du 26 décembre 2025 (2.62 % for
        // professional creditors, 6.67 % for individuals).
        new HalfYearRates(new HalfYear(2026, 1), 2.15m, 2.62m, 6.67m, "ECB MRO 2.15 % (11 June 2025); arrêté du 15 décembre 2025"),

        // H2 2026 (the rate on 1 July 2026) is not in the sources this table was built from: enter it under
        // LatePayment:Rates; until then penalties running into H2 2026 are shown as a minimum naming the half-year.
    ]);

    public IReadOnlyList<HalfYearRates> Entries { get; }

    public HalfYearRates? Find(HalfYear halfYear) => Entries.FirstOrDefault(entry => entry.HalfYear == halfYear);

    /// <summary>A copy of the table with <paramref name="rates"/> added or replacing that half-year's entry.</summary>
    public PenaltyRateTable With(HalfYearRates rates) => new(Entries.Append(rates));

    public bool Equals(PenaltyRateTable? other) => other is not null && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() => Entries.Count;
}
