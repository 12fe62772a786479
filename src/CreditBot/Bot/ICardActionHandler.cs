using CreditBot.BotFramework;

namespace CreditBot.Bot;

/// <summary>
/// Handles one card verb (<c>committee.vote</c>, <c>order.release</c>, ...), from an
/// <c>Action.Execute</c> invoke or its <c>Action.Submit</c> fallback. The actor is the activity's
/// <c>from.aadObjectId</c>; ids in the data are re-checked and re-authorised server-side.
/// </summary>
public interface ICardActionHandler
{
    string Verb { get; }

    Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken);
}
