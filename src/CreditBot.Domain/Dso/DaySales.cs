namespace CreditBot.Domain.Dso;

/// <summary>Credit sales invoiced on one day (TTC, credit notes netted), so a month can be cut at any day.</summary>
public sealed record DaySales(DateOnly Date, Money Sales);
