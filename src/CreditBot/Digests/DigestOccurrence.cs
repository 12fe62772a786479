namespace CreditBot.Digests;

/// <summary>A scheduled run: which digest, for which business date, at which instant.</summary>
public sealed record DigestOccurrence(DigestKind Kind, DateOnly BusinessDate, DateTimeOffset At);
