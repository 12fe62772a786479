using System.Globalization;
using CreditBot.BotFramework;

namespace CreditBot.Digests;

/// <summary>A digest ready to enqueue: one message per recipient, and the facts the run records.</summary>
public sealed record ComposedDigest(
    IReadOnlyList<DigestMessage> Messages,
    DateTime? DataImportedAtUtc,
    DateOnly? DataAsOf,
    bool Stale,
    IReadOnlyList<DigestFigure> Figures);

/// <summary>One recipient's card (or, without one, the plain text <see cref="Summary"/>), under its outbox idempotency key.</summary>
public sealed record DigestMessage(string Key, string ObjectId, string? Name, CultureInfo Culture, RawJson? Card, string Summary)
{
    public Activity ToActivity()
    {
        if (Card is not { } card)
        {
            return Activity.CreateMessage(Summary);
        }

        var message = Activity.CreateMessage();
        message.Summary = Summary;
        message.Locale = Culture.Name;
        message.Attachments = [Attachment.AdaptiveCard(card)];
        return message;
    }
}
