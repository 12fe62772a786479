using CreditBot.BotFramework;
using CreditBot.Storage;

namespace CreditBot.Bot;

/// <summary>
/// At start, trusts the service addresses of the stored conversation references that were vouched
/// for (the token's <c>serviceurl</c> claim matched them), so proactive messages (digests, decisions)
/// reach them after a restart, before the conversation speaks again. A reference on a configured Teams
/// host stored before the flag existed is marked vouched; any other unvouched address stays untrusted.
/// </summary>
public sealed class TrustStoredConversations(ConversationReferenceStore references, TrustedServiceUrls trusted) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        references.VouchFor(trusted.IsTeamsHost);
        trusted.Trust(references.All());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
