using CreditBot.Domain.Orders;

namespace CreditBot.Domain.Digests;

/// <summary>A blocked order nobody has released or rejected yet, with its reasons and how long it has waited.</summary>
public sealed record OrderAwaitingDecision(Order Order, BlockDecision Block, int DaysWaiting);
