namespace CreditBot.Domain.Receivables;

/// <summary>
/// Open items spread over ageing buckets at a date. Every item lands in exactly one bucket (credit notes and
/// credit balances as negative amounts, future-dated items in "not due"), so the buckets always add up to the
/// total open amount.
/// </summary>
public sealed record AgedBalance(
    DateOnly AsOf,
    Currency Currency,
    AgingBasis Basis,
    IReadOnlyList<AgedBalanceLine> Lines,
    Money Total)
{
    public static AgedBalance Of(
        IEnumerable<OpenItem> items,
        DateOnly asOf,
        Currency currency,
        AgingBuckets? buckets = null,
        AgingBasis basis = AgingBasis.DueDate)
    {
        ArgumentNullException.ThrowIfNull(items);
        buckets ??= AgingBuckets.Default;
        var definitions = buckets.Buckets;
        var amounts = new Money[definitions.Count];
        var counts = new int[definitions.Count];
        Array.Fill(amounts, Money.Zero(currency));
        var total = Money.Zero(currency);

        foreach (var item in items)
        {
            var index = buckets.IndexOf(DaysPast(item, asOf, basis));
            amounts[index] += item.Open;
            counts[index]++;
            total += item.Open;
        }

        var lines = definitions.Select((bucket, i) => new AgedBalanceLine(bucket, amounts[i], counts[i])).ToList();
        return new AgedBalance(asOf, currency, basis, lines, total);
    }

    /// <summary>Days past the due (or issue) date at <paramref name="asOf"/>; zero or less means not due.</summary>
    public static int DaysPast(OpenItem item, DateOnly asOf, AgingBasis basis = AgingBasis.DueDate)
    {
        ArgumentNullException.ThrowIfNull(item);
        var from = basis == AgingBasis.DueDate ? item.DueDate : item.IssueDate;
        return asOf.DayNumber - from.DayNumber;
    }

    /// <summary>Open amount not yet due (including items due today and future-dated items).</summary>
    public Money NotDue => Lines[0].Amount;

    /// <summary>Open amount past due: the sum of every bucket but "not due".</summary>
    public Money Overdue => Total - NotDue;

    /// <summary>Open amount in buckets that start after <paramref name="days"/> days past due (e.g. 60 → 61–90 and over 90).</summary>
    public Money OverdueBeyond(int days) =>
        Money.Sum(Lines.Where(line => line.Bucket.FromDays > days).Select(line => line.Amount), Currency);
}
