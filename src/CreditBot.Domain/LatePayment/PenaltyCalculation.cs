using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.LatePayment;

/// <summary>
/// Late-payment interest under L441-10 II: unpaid amount TTC × annual rate × days late ÷ 365, the late period split
/// at 1 January and 1 July so each half-year uses its own rate, rounded to the cent at the end only.
/// </summary>
public static class PenaltyCalculation
{
    public const int YearDays = 365;

    /// <summary>The bare formula, unrounded: amount × rate % × days ÷ 365.</summary>
    public static decimal Interest(Money amount, decimal ratePercent, int days) =>
        amount.Amount * ratePercent * days / (100m * YearDays);

    /// <summary>
    /// Interest on <paramref name="unpaid"/> (TTC) due on <paramref name="dueDate"/> and paid (or still unpaid) on
    /// <paramref name="endDate"/>: days from the day after the due date to the end date included.
    /// </summary>
    public static PenaltyOutcome Compute(
        Money unpaid,
        DateOnly dueDate,
        DateOnly endDate,
        PenaltyRateTable table,
        PenaltyRate? rate = null) =>
        ForInvoice(unpaid, dueDate, [], endDate, table, rate);

    /// <summary>
    /// Interest on <paramref name="invoice"/> (its original amount TTC) given the payments allocated to it, what is
    /// still unpaid running until <paramref name="asOf"/>.
    /// </summary>
    public static PenaltyOutcome ForInvoice(
        OpenItem invoice,
        IEnumerable<Payment> payments,
        DateOnly asOf,
        PenaltyRateTable table,
        PenaltyRate? rate = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(payments);
        var allocated = payments
            .Where(payment => payment.AllocatedTo == invoice.Number && payment.Client == invoice.Client)
            .Select(payment => (payment.Date, payment.Amount))
            .ToList();

        // The base is what is still open plus what payments settled: a part settled otherwise (a credit note, whose
        // date is unknown here) carries no interest.
        var explainedPaid = Money.Sum(allocated.Select(payment => payment.Amount), invoice.Amount.Currency);
        var amount = Money.Max(invoice.Open + explainedPaid, Money.Zero(invoice.Amount.Currency));
        return ForInvoice(Money.Min(amount, invoice.Amount), invoice.DueDate, allocated, asOf, table, rate);
    }

    /// <summary>
    /// Interest on an invoice of <paramref name="amount"/> TTC with partial payments: each amount paid runs until its
    /// payment date, what is still unpaid runs until <paramref name="asOf"/>.
    /// </summary>
    public static PenaltyOutcome ForInvoice(
        Money amount,
        DateOnly dueDate,
        IEnumerable<(DateOnly Date, Money Amount)> payments,
        DateOnly asOf,
        PenaltyRateTable table,
        PenaltyRate? rate = null)
    {
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(table);
        rate ??= PenaltyRate.Default;

        var pieces = new List<(Money Base, DateOnly End)>();
        var unpaid = amount;
        foreach (var (date, paid) in payments.OrderBy(payment => payment.Date))
        {
            var applied = Money.Min(paid, unpaid);
            if (applied.IsPositive)
            {
                pieces.Add((applied, date));
                unpaid -= applied;
            }
        }

        if (unpaid.IsPositive)
        {
            pieces.Add((unpaid, asOf));
        }

        var portions = new List<PenaltyPortion>();
        var missing = new SortedSet<(int Year, int Half)>();
        foreach (var (pieceBase, end) in pieces)
        {
            var segments = new List<PenaltySegment>();
            for (var from = dueDate.AddDays(1); from <= end;)
            {
                var halfYear = HalfYear.Of(from);
                var to = end < halfYear.End ? end : halfYear.End;
                var days = to.DayNumber - from.DayNumber + 1;
                var applicable = ApplicableRate(table.Find(halfYear), halfYear, rate);
                if (applicable.Refusal is { Reason: PenaltyRefusal.MissingEcbRate })
                {
                    // The rate is not published yet (or not entered): what is covered is still owed, as a minimum.
                    missing.Add((halfYear.Year, halfYear.Half));
                    from = to.AddDays(1);
                    continue;
                }

                if (applicable.Refusal is { } refusal)
                {
                    return refusal;
                }

                var (percent, source) = applicable.Rate;
                segments.Add(new PenaltySegment(
                    halfYear, from, to, days, percent, source, Interest(pieceBase, percent, days)));
                from = to.AddDays(1);
            }

            portions.Add(new PenaltyPortion(
                pieceBase,
                dueDate,
                end,
                Math.Max(0, end.DayNumber - dueDate.DayNumber),
                segments,
                segments.Sum(segment => segment.UnroundedAmount)));
        }

        var total = portions.Sum(portion => portion.UnroundedAmount);
        return new PenaltyOutcome.Computed(portions, total, new Money(total, amount.Currency).RoundToCent())
        {
            MissingHalfYears = [.. missing.Select(half => new HalfYear(half.Year, half.Half))],
        };
    }

    private static ((decimal Percent, PenaltyRateSource Source) Rate, PenaltyOutcome.Refused? Refusal) ApplicableRate(
        HalfYearRates? rates,
        HalfYear halfYear,
        PenaltyRate rate)
    {
        switch (rate)
        {
            case PenaltyRate.ContractualRate contractual:
                if (rates?.ContractualFloorPercent is not { } floor)
                {
                    return (default, new PenaltyOutcome.Refused(halfYear, PenaltyRefusal.MissingLegalRate));
                }

                return contractual.Percent < floor
                    ? ((floor, PenaltyRateSource.LegalFloor), null)
                    : ((contractual.Percent, PenaltyRateSource.Contractual), null);

            default:
                return rates?.DefaultPenaltyRatePercent is { } percent
                    ? ((percent, PenaltyRateSource.EcbPlusTenPoints), null)
                    : (default, new PenaltyOutcome.Refused(halfYear, PenaltyRefusal.MissingEcbRate));
        }
    }
}
