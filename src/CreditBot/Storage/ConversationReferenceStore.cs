using System.Collections.Concurrent;
using CreditBot.BotFramework;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// Conversation references learnt from authenticated activities, one per conversation, so the bot
/// can write first (digests, decisions). Refreshed on every activity, dropped on uninstall.
/// </summary>
public sealed class ConversationReferenceStore
{
    private readonly ILiteCollection<ConversationReference> _conversations;

    // What this process last stored per conversation: an unchanged reference (nearly every activity)
    // costs neither a read nor a write of the file. This process owns the conversations collection.
    private readonly ConcurrentDictionary<string, ConversationReference> _stored = new(StringComparer.Ordinal);

    public ConversationReferenceStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _conversations = database.Collection<ConversationReference>("conversations");
        _conversations.EnsureIndex(c => c.UserAadObjectId);
        _conversations.EnsureIndex(c => c.TeamId);
    }

    /// <summary>Saves the reference; returns true when it was new or its serviceUrl changed.</summary>
    public bool Remember(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var stored = Stored(reference);
        if (_stored.TryGetValue(reference.ConversationId, out var known) && known == stored)
        {
            return false;
        }

        var existing = _conversations.FindById(reference.ConversationId);
        var changed = existing is null || !string.Equals(existing.ServiceUrl, reference.ServiceUrl, StringComparison.Ordinal);

        // Every activity passes here: write only what changed (a LiteDB write takes the file's lock).
        if (existing != stored)
        {
            _conversations.Upsert(stored);
        }

        _stored[reference.ConversationId] = stored;
        return changed;
    }

    public bool Forget(string conversationId)
    {
        _stored.TryRemove(conversationId, out _);
        return _conversations.Delete(conversationId);
    }

    /// <summary>Forgets every conversation of a team (team deleted, app removed from the team).</summary>
    public int ForgetTeam(string teamId)
    {
        foreach (var (id, reference) in _stored)
        {
            if (reference.TeamId == teamId)
            {
                _stored.TryRemove(id, out _);
            }
        }

        return _conversations.DeleteMany(c => c.TeamId == teamId);
    }

    // A channel or group message carries whoever wrote it: only a personal chat belongs to one user.
    private static ConversationReference Stored(ConversationReference reference) =>
        reference.ConversationType is "channel" or "groupChat"
            ? reference with { UserId = null, UserAadObjectId = null, UserName = null }
            : reference;

    public ConversationReference? Find(string conversationId) => _conversations.FindById(conversationId);

    /// <summary>The personal (1:1) conversation of a user, by Entra object id.</summary>
    public ConversationReference? FindPersonal(string aadObjectId) =>
        _conversations.FindOne(c => c.UserAadObjectId == aadObjectId && c.ConversationType == "personal");

    public IReadOnlyList<ConversationReference> All() => _conversations.FindAll().ToArray();
}
