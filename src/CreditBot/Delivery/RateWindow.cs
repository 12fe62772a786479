namespace CreditBot.Delivery;

/// <summary>At most <see cref="Limit"/> requests in any span of <see cref="Length"/>.</summary>
public readonly record struct RateWindow(int Limit, TimeSpan Length);
