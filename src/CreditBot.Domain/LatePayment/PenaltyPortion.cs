namespace CreditBot.Domain.LatePayment;

/// <summary>
/// Interest on one unpaid amount from the day after <see cref="DueDate"/> to <see cref="EndDate"/> included (the day
/// the funds are available, or the as-of date), split by half-year.
/// </summary>
public sealed record PenaltyPortion(
    Money Base,
    DateOnly DueDate,
    DateOnly EndDate,
    int DaysLate,
    IReadOnlyList<PenaltySegment> Segments,
    decimal UnroundedAmount);
