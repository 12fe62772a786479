namespace CreditBot.Delivery;

/// <summary>Where a proactive message stands. Everything after <see cref="Sent"/> is terminal: never retried.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its next attempt time.</summary>
    Pending,

    /// <summary>Handed to the Connector; if the process dies now, the message is sent again on restart.</summary>
    Sending,

    /// <summary>Delivered; the activity id is kept to update the message later.</summary>
    Sent,

    /// <summary>403 ConversationBlockedByUser: the user blocked or removed the bot.</summary>
    BlockedByUser,

    /// <summary>The app is not installed for the person and could not be installed.</summary>
    NotInstalled,

    /// <summary>404 or no stored reference: the conversation is gone.</summary>
    ConversationGone,

    /// <summary>403 BotDisabledByAdmin: the tenant's administrator blocked the app.</summary>
    BotDisabled,

    /// <summary>A refusal that no retry mends (400, 401, 413, 500, other 403s): the payload or setup must change.</summary>
    Rejected,

    /// <summary>Still failing after the last allowed attempt.</summary>
    GaveUp,
}
