using CreditBot.BotFramework;
using LiteDB;

namespace CreditBot.Storage;

/// <summary>
/// Conversation references learnt from authenticated activities, one per conversation, so the bot
/// can write first (digests, decisions). Refreshed on every activity, dropped on uninstall.
/// </summary>
public sealed class ConversationReferenceStore
{
    private readonly ILiteCollection<StoredConversation> _conversations;
    private readonly TimeProvider _time;

    public ConversationReferenceStore(CreditDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        _time = time;
        _conversations = database.Collection<StoredConversation>("conversations");
        _conversations.EnsureIndex(c => c.UserAadObjectId);
        _conversations.EnsureIndex(c => c.TeamId);
    }

    /// <summary>Saves the reference; returns true when it was new or its serviceUrl changed.</summary>
    public bool Remember(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var existing = _conversations.FindById(reference.ConversationId);
        var changed = existing is null || !string.Equals(existing.ServiceUrl, reference.ServiceUrl, StringComparison.Ordinal);
        var stored = StoredConversation.From(reference, _time.GetUtcNow());

        // A channel or group message carries whoever wrote it: only a personal chat belongs to one user.
        if (reference.ConversationType is "channel" or "groupChat")
        {
            stored = stored with { UserId = null, UserAadObjectId = null, UserName = null };
        }

        _conversations.Upsert(stored);
        return changed;
    }

    public bool Forget(string conversationId) => _conversations.Delete(conversationId);

    /// <summary>Forgets every conversation of a team (team deleted, app removed from the team).</summary>
    public int ForgetTeam(string teamId) => _conversations.DeleteMany(c => c.TeamId == teamId);

    public ConversationReference? Find(string conversationId) => _conversations.FindById(conversationId)?.ToReference();

    /// <summary>The personal (1:1) conversation of a user, by Entra object id.</summary>
    public ConversationReference? FindPersonal(string aadObjectId) =>
        _conversations.Find(c => c.UserAadObjectId == aadObjectId && c.ConversationType == "personal")
            .OrderByDescending(c => c.UpdatedAt)
            .FirstOrDefault()?.ToReference();

    public IReadOnlyList<ConversationReference> All() => _conversations.FindAll().Select(c => c.ToReference()).ToArray();

    internal sealed record StoredConversation
    {
        [BsonId] public required string ConversationId { get; init; }

        public required string ServiceUrl { get; init; }

        public required string ChannelId { get; init; }

        public string? ConversationType { get; init; }

        public string? TenantId { get; init; }

        public string? BotId { get; init; }

        public string? BotName { get; init; }

        public string? UserId { get; init; }

        public string? UserAadObjectId { get; init; }

        public string? UserName { get; init; }

        public string? TeamId { get; init; }

        public string? TeamsChannelId { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public static StoredConversation From(ConversationReference r, DateTimeOffset at) => new()
        {
            ConversationId = r.ConversationId,
            ServiceUrl = r.ServiceUrl,
            ChannelId = r.ChannelId,
            ConversationType = r.ConversationType,
            TenantId = r.TenantId,
            BotId = r.BotId,
            BotName = r.BotName,
            UserId = r.UserId,
            UserAadObjectId = r.UserAadObjectId,
            UserName = r.UserName,
            TeamId = r.TeamId,
            TeamsChannelId = r.TeamsChannelId,
            UpdatedAt = at,
        };

        public ConversationReference ToReference() => new()
        {
            ConversationId = ConversationId,
            ServiceUrl = ServiceUrl,
            ChannelId = ChannelId,
            ConversationType = ConversationType,
            TenantId = TenantId,
            BotId = BotId,
            BotName = BotName,
            UserId = UserId,
            UserAadObjectId = UserAadObjectId,
            UserName = UserName,
            TeamId = TeamId,
            TeamsChannelId = TeamsChannelId,
        };
    }
}
