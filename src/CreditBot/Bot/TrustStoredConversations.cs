using CreditBot.BotFramework;
using CreditBot.Storage;

namespace CreditBot.Bot;

/// <summary>
/// At start, trusts the service addresses of the stored conversation references: each was learnt
/// from an authenticated activity, and proactive messages (digests, decisions) must reach them
/// after a restart, before the conversation speaks again.
/// </summary>
public sealed class TrustStoredConversations(ConversationReferenceStore references, TrustedServiceUrls trusted) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        trusted.Trust(references.All());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
