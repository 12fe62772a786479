namespace CreditBot.Bot;

/// <summary>
/// Handles one card verb (<c>committee.vote</c>, <c>order.release</c>, ...), from an <c>Action.Execute</c> invoke, a
/// <c>refresh</c> (<see cref="CardAction.Trigger"/> automatic: answer the actor's own view) or the
/// <c>Action.Submit</c> fallback. The actor is <see cref="CardAction.Actor"/>; ids in the data are re-checked and
/// re-authorised server-side.
/// </summary>
public interface ICardActionHandler
{
    string Verb { get; }

    Task<CardActionAnswer> HandleAsync(CardAction action, CancellationToken cancellationToken);
}
