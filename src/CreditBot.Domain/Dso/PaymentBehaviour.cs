using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Dso;

/// <summary>
/// How a client pays: the amount-weighted average days late over settled items, Σ(amount × days late) ÷ Σ amount,
/// days late running from the item's due date to the settlement date (an early payment counts as 0 days late), each
/// partial settlement weighted by its own amount; with a trend of the last 3 months against the 12 before.
/// Settlements without a known due date, and non-positive amounts, are left out and counted.
/// </summary>
public sealed record PaymentBehaviour(
    DateOnly AsOf,
    DaysLate Recent,
    DaysLate Previous,
    PaymentTrend Trend,
    decimal? Change,
    int LeftOut)
{
    /// <summary>
    /// When neither window holds a settlement: the same average over every settlement up to the as-of date, with the
    /// period it covers (first to last settlement), so that a client who paid long ago is still described. Null
    /// otherwise, or when there is no settlement at all.
    /// </summary>
    public DaysLate? WholeHistory { get; init; }

    /// <summary>Changes smaller than this many days read as stable.</summary>
    public const decimal StableWithinDays = 1m;

    public const string Definition =
        "Amount-weighted average days late over settled items (due date to settlement date, early = 0); "
        + "trend: last 3 months against the 12 months before.";

    public static PaymentBehaviour Of(IEnumerable<Payment> payments, DateOnly asOf, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(payments);
        var all = payments.ToList();
        var usable = all.Where(payment => payment.ItemDueDate is not null && payment.Amount.IsPositive).ToList();

        var recentFrom = asOf.AddMonths(-3).AddDays(1);
        var previousFrom = asOf.AddMonths(-15).AddDays(1);
        var recent = Window(usable, recentFrom, asOf, currency);
        var previous = Window(usable, previousFrom, recentFrom.AddDays(-1), currency);

        var change = recent.Weighted - previous.Weighted;
        var trend = change switch
        {
            null => PaymentTrend.Unknown,
            { } delta when Math.Abs(delta) < StableWithinDays => PaymentTrend.Stable,
            > 0m => PaymentTrend.Worsening,
            _ => PaymentTrend.Improving,
        };

        DaysLate? history = null;
        if (recent.Settlements == 0 && previous.Settlements == 0 && usable.Where(payment => payment.Date <= asOf).ToList() is { Count: > 0 } past)
        {
            history = Window(past, past.Min(payment => payment.Date), past.Max(payment => payment.Date), currency);
        }

        return new PaymentBehaviour(asOf, recent, previous, trend, change, all.Count - usable.Count) { WholeHistory = history };
    }

    /// <summary>Σ(amount × days) ÷ Σ amount over (amount, days late) pairs; null when the amounts add up to zero.</summary>
    public static decimal? WeightedAverage(IEnumerable<(Money Amount, decimal Days)> settlements)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        var weight = 0m;
        var sum = 0m;
        foreach (var (amount, days) in settlements)
        {
            weight += amount.Amount;
            sum += amount.Amount * days;
        }

        return weight == 0m ? null : sum / weight;
    }

    /// <summary>The unweighted mean of days late; null for no settlement.</summary>
    public static decimal? SimpleAverage(IEnumerable<decimal> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.ToList();
        return list.Count == 0 ? null : list.Sum() / list.Count;
    }

    public static int DaysLateOf(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return payment.ItemDueDate is { } due ? Math.Max(0, payment.Date.DayNumber - due.DayNumber) : 0;
    }

    private static DaysLate Window(List<Payment> payments, DateOnly from, DateOnly to, Currency currency)
    {
        var inWindow = payments.Where(payment => payment.Date >= from && payment.Date <= to).ToList();
        var pairs = inWindow.Select(payment => (payment.Amount, (decimal)DaysLateOf(payment))).ToList();
        return new DaysLate(
            from,
            to,
            WeightedAverage(pairs),
            SimpleAverage(pairs.Select(pair => pair.Item2)),
            inWindow.Count,
            Money.Sum(inWindow.Select(payment => payment.Amount), currency));
    }
}
