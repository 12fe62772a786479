namespace CreditBot.Domain.Dso;

/// <summary>One month walked by a count-back: the receivables left before it and the days it added.</summary>
public sealed record CountBackStep(int Year, int Month, Money Sales, Money RemainderBefore, decimal DaysCounted, bool Partial);
