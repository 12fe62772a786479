namespace CreditBot.BotFramework;

/// <summary>Activity types of the Bot Framework protocol that CreditBot names.</summary>
public static class ActivityTypes
{
    /// <summary>A message.</summary>
    public const string Message = "message";

    /// <summary>An invoke, answered in the HTTP response.</summary>
    public const string Invoke = "invoke";

    /// <summary>Members joined or left, channel events.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The app was installed or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A typing indicator.</summary>
    public const string Typing = "typing";

    /// <summary>An event.</summary>
    public const string Event = "event";
}
