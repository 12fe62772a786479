using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Digests;

/// <summary>
/// An item whose promise-to-pay date has passed while it is still open; <see cref="NewlyBroken"/> when the promise
/// date passed since the previous digest.
/// </summary>
public sealed record BrokenPromise(OpenItem Item, DateOnly PromisedFor, int DaysSincePromise, bool NewlyBroken);
