using System.Collections.Concurrent;
using CreditBot.BotFramework;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// Conversation references learnt from authenticated activities, one per conversation, so the bot
/// can write first (digests, decisions). Refreshed on every activity, dropped on uninstall. Only
/// references whose service address was vouched for (<see cref="ConversationReference.ServiceUrlVouched"/>)
/// are found for proactive messages, and an unvouched one never replaces a vouched one.
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

    /// <summary>
    /// Saves the reference; returns true when it was new or its serviceUrl changed. An unvouched
    /// reference is not saved over a vouched one (it could point the bot's token at another host).
    /// </summary>
    public bool Remember(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var stored = Stored(reference);
        if (_stored.TryGetValue(reference.ConversationId, out var known)
            && (known == stored || (known.ServiceUrlVouched && !stored.ServiceUrlVouched)))
        {
            return false;
        }

        var existing = _conversations.FindById(reference.ConversationId);
        if (existing is { ServiceUrlVouched: true } && !stored.ServiceUrlVouched)
        {
            _stored[reference.ConversationId] = existing;
            return false;
        }

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

    /// <summary>A conversation to write to, if its service address was vouched for.</summary>
    public ConversationReference? Find(string conversationId) =>
        _conversations.FindById(conversationId) is { ServiceUrlVouched: true } reference ? reference : null;

    /// <summary>The personal (1:1) conversation of a user, by Entra object id, if its service address was vouched for.</summary>
    public ConversationReference? FindPersonal(string aadObjectId) =>
        _conversations.FindOne(c => c.UserAadObjectId == aadObjectId && c.ConversationType == "personal" && c.ServiceUrlVouched);

    /// <summary>
    /// Marks a reference stored without the vouched flag (before it was recorded) as vouched when its
    /// address is a configured Teams host; returns how many were marked.
    /// </summary>
    public int VouchFor(Func<string, bool> isTeamsHost)
    {
        ArgumentNullException.ThrowIfNull(isTeamsHost);
        var marked = 0;
        foreach (var reference in _conversations.Find(c => !c.ServiceUrlVouched))
        {
            if (isTeamsHost(reference.ServiceUrl))
            {
                _conversations.Update(reference with { ServiceUrlVouched = true });
                _stored.TryRemove(reference.ConversationId, out _);
                marked++;
            }
        }

        return marked;
    }

    public IReadOnlyList<ConversationReference> All() => _conversations.FindAll().ToArray();
}
