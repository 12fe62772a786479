using System.Globalization;
using CreditBot.Domain.Orders;
using CreditBot.Questions;
using CreditBot.Users;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>
/// "commandes bloquées" / "blocked orders" from an approver: the oldest order waiting for them, as its approval card
/// with the same actions, and how many more wait. Null when the asker decides none (they get the list of blocked
/// orders instead).
/// </summary>
public sealed class PendingOrders(IOrderBlockStore blocks, OrderBlockRouting routing, OrderBlockMessages messages)
{
    public Answer? ForApprover(Person asker, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(asker);
        if (asker.ObjectId.Length == 0)
        {
            return null;
        }

        var mine = blocks.Open()
            .Where(b => b.State == OrderBlockState.PendingDecision || b.State == OrderBlockState.ReadyToRelease)
            .Where(b => routing.ApproversOf(b).Any(p => string.Equals(p.ObjectId, asker.ObjectId, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(b => b.BlockedAt)
            .ThenBy(b => b.Id, StringComparer.Ordinal)
            .ToList();
        if (mine.Count == 0)
        {
            return null;
        }

        var first = mine[0];
        var notice = T.Format("pending.one-of", culture, mine.Count.ToString("N0", culture));
        return Answer.OfCard("pending-orders", messages.Card(first, culture, notice), first.Client.Value);
    }
}
