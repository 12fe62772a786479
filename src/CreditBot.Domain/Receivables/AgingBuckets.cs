namespace CreditBot.Domain.Receivables;

/// <summary>
/// The aged-balance buckets, given by the upper bound (in days past due) of each overdue bucket but the last.
/// There is always a "not due" bucket first (0 days past due or less, future-dated items included) and an
/// open-ended bucket last. The default (30, 60, 90) gives: not due, 1–30, 31–60, 61–90, over 90.
/// </summary>
public sealed record AgingBuckets
{
    public AgingBuckets(params int[] upperBounds)
    {
        ArgumentNullException.ThrowIfNull(upperBounds);
        for (var i = 0; i < upperBounds.Length; i++)
        {
            if (upperBounds[i] < 1 || (i > 0 && upperBounds[i] <= upperBounds[i - 1]))
            {
                throw new ArgumentException("Bucket bounds must be positive and strictly increasing.", nameof(upperBounds));
            }
        }

        UpperBounds = [.. upperBounds];
    }

    public static AgingBuckets Default { get; } = new(30, 60, 90);

    public IReadOnlyList<int> UpperBounds { get; }

    /// <summary>The buckets in order, each as a range of days past due (null = open-ended).</summary>
    public IReadOnlyList<AgingBucket> Buckets
    {
        get
        {
            var buckets = new List<AgingBucket> { AgingBucket.NotDue };
            var from = 1;
            foreach (var bound in UpperBounds)
            {
                buckets.Add(new AgingBucket(from, bound));
                from = bound + 1;
            }

            buckets.Add(new AgingBucket(from, null));
            return buckets;
        }
    }

    /// <summary>Index in <see cref="Buckets"/> of an item that is <paramref name="daysPastDue"/> days past due.</summary>
    public int IndexOf(int daysPastDue)
    {
        if (daysPastDue <= 0)
        {
            return 0;
        }

        for (var i = 0; i < UpperBounds.Count; i++)
        {
            if (daysPastDue <= UpperBounds[i])
            {
                return i + 1;
            }
        }

        return UpperBounds.Count + 1;
    }

    public AgingBucket BucketOf(int daysPastDue) => Buckets[IndexOf(daysPastDue)];

    public bool Equals(AgingBuckets? other) =>
        other is not null && UpperBounds.SequenceEqual(other.UpperBounds);

    public override int GetHashCode() => UpperBounds.Aggregate(17, (hash, bound) => (hash * 31) + bound);
}
