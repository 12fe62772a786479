namespace CreditBot.BotFramework;

/// <summary>
/// Handles one authenticated activity. The endpoint calls it once per inbound POST; the returned
/// <see cref="InvokeResponse"/> (for invokes) becomes the HTTP response of that POST.
/// </summary>
public interface IActivityHandler
{
    /// <summary>Handles the activity; returns an invoke response for invokes, null otherwise.</summary>
    Task<InvokeResponse?> OnActivityAsync(Activity activity, CancellationToken cancellationToken);
}
