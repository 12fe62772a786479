namespace CreditBot.BotFramework;

/// <summary>What sent an <c>adaptiveCard/action</c> invoke (conformance §3.6–3.7).</summary>
public enum CardActionTrigger
{
    /// <summary>A click on an <c>Action.Execute</c> (or its <c>Action.Submit</c> fallback), or the "Refresh card" menu item.</summary>
    Manual,

    /// <summary>The client refreshed the card on its own when showing it (<c>refresh</c> with the user listed).</summary>
    Automatic,
}
