namespace CreditBot.Answers;

/// <summary>Which list of clients a client-list card shows; it sets the title, the key amount and the empty text.</summary>
public enum ClientListKind
{
    /// <summary>Clients with overdue items: the key amount is the overdue amount.</summary>
    Overdue,

    /// <summary>Clients above their limit: the key amount is the excess.</summary>
    OverLimit,

    /// <summary>Orders held by the block rules: the key amount is the order's.</summary>
    BlockedOrders,
}
