using System.Text.Json;
using System.Text.Json.Serialization;
using CreditBot.Committee;
using CreditBot.Domain;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace CreditBot.Storage;

/// <summary>
/// <see cref="ILimitRequestStore"/> on LiteDB: one document per request (the record as JSON, with the fields queried
/// kept beside it), one per history entry. Changes go through <see cref="CreditDatabase.InTransaction{T}"/>, which
/// runs one at a time; the version check makes a lost update impossible even so.
/// </summary>
public sealed class LiteDbLimitRequestStore : ILimitRequestStore
{
    public const string CollectionName = "limit_requests";
    public const string HistoryCollectionName = "limit_request_history";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new CurrencyConverter() },
    };

    private readonly CreditDatabase _database;

    public LiteDbLimitRequestStore(CreditDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        Requests.EnsureIndex("Requester");
        Requests.EnsureIndex("Client");
        Requests.EnsureIndex("Closed");
        Requests.EnsureIndex("DecidedAt");
        History(database.Database).EnsureIndex("RequestId");
        AddDecidedAt();
    }

    private ILiteCollection<BsonDocument> Requests => _database.Database.GetCollection(CollectionName);

    private static ILiteCollection<BsonDocument> History(LiteDatabase db) => db.GetCollection(HistoryCollectionName);

    public bool Create(LimitRequestRecord record, LimitRequestEvent created, Action? alongside = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(created);
        return _database.InTransaction(db =>
        {
            var requests = db.GetCollection(CollectionName);
            if (requests.FindById(record.Id) is not null)
            {
                return false;
            }

            requests.Insert(ToDocument(record));
            History(db).Insert(ToDocument(created));
            alongside?.Invoke();
            return true;
        });
    }

    public LimitRequestRecord? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Requests.FindById(id) is { } document ? FromDocument(document) : null;
    }

    public IReadOnlyList<LimitRequestRecord> ByRequester(string objectId) =>
        [.. Requests.Find(Query.EQ("Requester", objectId.ToUpperInvariant())).Select(FromDocument).OrderByDescending(r => r.Request.CreatedAt)];

    public IReadOnlyList<LimitRequestRecord> Open() =>
        [.. Requests.Find(Query.EQ("Closed", false)).Select(FromDocument).OrderBy(r => r.Request.CreatedAt)];

    public IReadOnlyList<LimitRequestRecord> ForClient(string clientCode) =>
        [.. Requests.Find(Query.EQ("Client", clientCode)).Select(FromDocument).OrderByDescending(r => r.Request.CreatedAt)];

    public IReadOnlyList<LimitRequestRecord> DecidedBetween(DateTimeOffset since, DateTimeOffset until) =>
        // LiteDB keeps dates to the millisecond: the index narrows the search a millisecond wide of the bounds, the
        // decision's own time decides.
        [.. Requests.Find(Query.Between("DecidedAt", Widened(since, -1), Widened(until, 1)))
            .Select(FromDocument)
            .Where(r => r.Request.Decision is { } decision && decision.DecidedAt >= since && decision.DecidedAt < until)
            .OrderBy(r => r.Request.Decision!.DecidedAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal)];

    public IReadOnlyList<LimitRequestEvent> History(string id) =>
        [.. History(_database.Database).Find(Query.EQ("RequestId", id))
            .Select(d => JsonSerializer.Deserialize<LimitRequestEvent>(d["Json"].AsString, Json)!)
            .OrderBy(e => e.Version).ThenBy(e => e.At)];

    public LimitRequestChange<T>? Update<T>(string id, Func<LimitRequestRecord, LimitRequestChange<T>> decide)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(decide);
        return _database.InTransaction(db =>
        {
            var requests = db.GetCollection(CollectionName);
            if (requests.FindById(id) is not { } document)
            {
                return null;
            }

            var loaded = FromDocument(document);
            var change = decide(loaded);
            if (change.Changed is not { } changed)
            {
                return change;
            }

            // Every change moves the version on; the update applies only to the version loaded (optimistic concurrency).
            if (changed.Version <= loaded.Version || !string.Equals(changed.Id, id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"A change to limit request {id} must keep its id and move its version on.");
            }

            // Transactions run one at a time here; the check keeps the store honest for any engine that does not.
            if (requests.FindById(id)?["Version"].AsInt32 != loaded.Version || !requests.Update(ToDocument(changed)))
            {
                throw new InvalidOperationException($"Limit request {id} changed while it was being decided.");
            }

            foreach (var entry in change.Events)
            {
                History(db).Insert(ToDocument(entry));
            }

            return change;
        });
    }

    private static DateTime Widened(DateTimeOffset bound, int milliseconds) =>
        bound == DateTimeOffset.MinValue || bound == DateTimeOffset.MaxValue ? bound.UtcDateTime : bound.UtcDateTime.AddMilliseconds(milliseconds);

    private static BsonDocument ToDocument(LimitRequestRecord record) => new()
    {
        ["_id"] = record.Id,
        ["Version"] = record.Version,
        ["Requester"] = record.Request.Requester.ToUpperInvariant(),
        ["Client"] = record.Request.Client.Value,
        ["Closed"] = record.IsClosed,
        ["DecidedAt"] = record.Request.Decision is { } decision ? decision.DecidedAt.UtcDateTime : BsonValue.Null,
        ["Json"] = JsonSerializer.Serialize(record, Json),
    };

    // A store written before decisions were indexed by their time: its closed requests get the field once.
    private void AddDecidedAt()
    {
        if (!Requests.Find(Query.EQ("Closed", true)).Any(d => !d.ContainsKey("DecidedAt")))
        {
            return;
        }

        _database.InTransaction(
            db =>
            {
                var requests = db.GetCollection(CollectionName);
                foreach (var document in requests.Find(Query.EQ("Closed", true)).Where(d => !d.ContainsKey("DecidedAt")).ToList())
                {
                    requests.Update(ToDocument(FromDocument(document)));
                }

                return true;
            },
            ledgerChanges: false);
    }

    private static LimitRequestRecord FromDocument(BsonDocument document) =>
        JsonSerializer.Deserialize<LimitRequestRecord>(document["Json"].AsString, Json)
        ?? throw new InvalidOperationException($"Limit request {document["_id"]} is empty.");

    private static BsonDocument ToDocument(LimitRequestEvent entry) => new()
    {
        ["_id"] = ObjectId.NewObjectId(),
        ["RequestId"] = entry.RequestId,
        ["Json"] = JsonSerializer.Serialize(entry, Json),
    };

    /// <summary>A currency as its code: the struct's default constructor would otherwise leave the code empty.</summary>
    private sealed class CurrencyConverter : JsonConverter<Currency>
    {
        public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? throw new JsonException("A currency needs a code."));

        public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Code);
    }
}
