namespace CreditBot.Domain.Receivables;

/// <summary>One bucket of an aged balance: its range, the net open amount in it and how many items.</summary>
public sealed record AgedBalanceLine(AgingBucket Bucket, Money Amount, int ItemCount);
