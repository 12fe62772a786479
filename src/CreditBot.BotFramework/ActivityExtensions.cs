namespace CreditBot.BotFramework;

/// <summary>Helpers on inbound activities.</summary>
public static class ActivityExtensions
{
    /// <summary>Mention entity type.</summary>
    public const string MentionType = "mention";

    /// <summary>
    /// The activity's text without the @mentions of the bot (conformance §3.4): for each
    /// <c>mention</c> entity naming the recipient, its <c>text</c> (or <c>&lt;at&gt;name&lt;/at&gt;</c>
    /// when absent) is removed, case-insensitively; then the text is trimmed. Other mentions stay.
    /// The activity is not changed.
    /// </summary>
    public static string RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var recipientId = activity.Recipient?.Id;
        if (activity.Entities is null || string.IsNullOrEmpty(recipientId))
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, MentionType, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(entity.Mentioned?.Id, recipientId, StringComparison.Ordinal))
            {
                continue;
            }

            var mention = !string.IsNullOrEmpty(entity.Text)
                ? entity.Text
                : string.IsNullOrEmpty(entity.Mentioned?.Name) ? null : $"<at>{entity.Mentioned.Name}</at>";
            if (mention is not null)
            {
                text = text.Replace(mention, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
