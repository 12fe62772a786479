using System.Security.Cryptography;
using System.Text;
using CreditBot.BotFramework;
using CreditBot.Storage;
using LiteDB;

namespace CreditBot.Delivery.PostedCards;

/// <summary>
/// <see cref="IPostedCardStore"/> on the LiteDB file (<c>posted_cards</c>). Keys are hashes: Teams conversation ids
/// can be longer than a LiteDB index key may be (1 023 bytes).
/// </summary>
public sealed class LiteDbPostedCardStore : IPostedCardStore
{
    public const string CollectionName = "posted_cards";

    private readonly CreditDatabase _database;

    public LiteDbPostedCardStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        Cards.EnsureIndex("SubjectKey");
    }

    private ILiteCollection<BsonDocument> Cards => _database.Database.GetCollection(CollectionName);

    public bool Register(PostedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var id = Key(card.ConversationId, card.ActivityId);
        return _database.InTransaction(db =>
        {
            var cards = db.GetCollection(CollectionName);
            if (cards.FindById(id) is not null)
            {
                return false;
            }

            cards.Insert(ToDocument(id, card with { Revision = 0 }));
            return true;
        });
    }

    public PostedCard? Find(string conversationId, string activityId) =>
        Cards.FindById(Key(conversationId, activityId)) is { } document ? FromDocument(document) : null;

    public IReadOnlyList<PostedCard> FindAll(string kind, string subjectId) =>
        [.. Cards.Find(Query.EQ("SubjectKey", Key(kind, subjectId)))
            .Select(FromDocument)
            .Where(card => card.Kind == kind && card.SubjectId == subjectId)
            .OrderBy(card => card.PostedAt)
            .ThenBy(card => card.ActivityId, StringComparer.Ordinal)];

    public bool TryRecordUpdate(PostedCard card, long version, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(card);
        var id = Key(card.ConversationId, card.ActivityId);
        return _database.InTransaction(db =>
        {
            var cards = db.GetCollection(CollectionName);
            if (cards.FindById(id) is not { } stored || stored["Revision"].AsInt64 != card.Revision)
            {
                return false;
            }

            stored["Version"] = version;
            stored["UpdatedAt"] = at.UtcDateTime;
            stored["Revision"] = card.Revision + 1;
            return cards.Update(stored);
        });
    }

    public bool Remove(string conversationId, string activityId) => Cards.Delete(Key(conversationId, activityId));

    private static string Key(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first + "\n" + second)));
    }

    private BsonDocument ToDocument(string id, PostedCard card) => new()
    {
        ["_id"] = id,
        ["SubjectKey"] = Key(card.Kind, card.SubjectId),
        ["Conversation"] = _database.Mapper.ToDocument(card.Conversation),
        ["ActivityId"] = card.ActivityId,
        ["Kind"] = card.Kind,
        ["SubjectId"] = card.SubjectId,
        ["Version"] = card.Version,
        ["RecipientObjectId"] = card.RecipientObjectId ?? BsonValue.Null,
        ["Culture"] = card.Culture ?? BsonValue.Null,
        ["RefreshUserIds"] = new BsonArray(card.RefreshUserIds.Select(u => new BsonValue(u))),
        ["PostedAt"] = card.PostedAt.UtcDateTime,
        ["UpdatedAt"] = card.UpdatedAt is { } updated ? updated.UtcDateTime : BsonValue.Null,
        ["Revision"] = card.Revision,
    };

    private PostedCard FromDocument(BsonDocument document) => new()
    {
        Conversation = _database.Mapper.ToObject<ConversationReference>(document["Conversation"].AsDocument),
        ActivityId = document["ActivityId"].AsString,
        Kind = document["Kind"].AsString,
        SubjectId = document["SubjectId"].AsString,
        Version = document["Version"].AsInt64,
        RecipientObjectId = document["RecipientObjectId"].IsNull ? null : document["RecipientObjectId"].AsString,
        Culture = document["Culture"].IsNull ? null : document["Culture"].AsString,
        RefreshUserIds = [.. document["RefreshUserIds"].AsArray.Select(u => u.AsString)],
        PostedAt = new DateTimeOffset(document["PostedAt"].AsDateTime, TimeSpan.Zero),
        UpdatedAt = document["UpdatedAt"].IsNull ? null : new DateTimeOffset(document["UpdatedAt"].AsDateTime, TimeSpan.Zero),
        Revision = document["Revision"].AsInt64,
    };
}
