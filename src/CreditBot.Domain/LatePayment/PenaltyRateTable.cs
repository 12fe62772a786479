namespace CreditBot.Domain.LatePayment;

/// <summary>
/// Dated rates by half-year. Immutable: <see cref="With"/> returns an edited copy, so an administrator's change
/// is stored as a new table. <see cref="Default"/> holds the rates listed in LAW-FR.md (H1 2026 is left out on
/// purpose: it was not found in the sources and must be entered).
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
    ]);

    public IReadOnlyList<HalfYearRates> Entries { get; }

    public HalfYearRates? Find(HalfYear halfYear) => Entries.FirstOrDefault(entry => entry.HalfYear == halfYear);

    /// <summary>A copy of the table with <paramref name="rates"/> added or replacing that half-year's entry.</summary>
    public PenaltyRateTable With(HalfYearRates rates) => new(Entries.Append(rates));

    public bool Equals(PenaltyRateTable? other) => other is not null && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() => Entries.Count;
}
