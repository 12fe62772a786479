namespace CreditBot.Domain.Receivables;

/// <summary>
/// A range of days past due. <see cref="FromDays"/> null means "not due" (0 days past due or less: due today,
/// due later, future-dated); <see cref="ToDays"/> null means open-ended.
/// </summary>
public sealed record AgingBucket(int? FromDays, int? ToDays)
{
    public static AgingBucket NotDue { get; } = new(null, 0);

    public bool IsNotDue => FromDays is null;

    /// <summary>A stable key for texts and cards: "not-due", "1-30", "over-90".</summary>
    public string Key => (FromDays, ToDays) switch
    {
        (null, _) => "not-due",
        ({ } from, null) => $"over-{from - 1}",
        ({ } from, { } to) => $"{from}-{to}",
    };

    public override string ToString() => Key;
}
