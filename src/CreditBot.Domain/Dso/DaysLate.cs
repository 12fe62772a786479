namespace CreditBot.Domain.Dso;

/// <summary>
/// Days late over a set of settlements in a window: amount-weighted (the headline) and simple averages.
/// Null averages mean no settled item in the window.
/// </summary>
public sealed record DaysLate(
    DateOnly From,
    DateOnly To,
    decimal? Weighted,
    decimal? Simple,
    int Settlements,
    Money Settled)
{
    public decimal? Rounded(int decimals) =>
        Weighted is { } weighted ? Math.Round(weighted, decimals, MidpointRounding.AwayFromZero) : null;
}
