using CreditBot.Storage;
using CreditBot.Tests.Support;
using LiteDB;

namespace CreditBot.Tests.Storage;

/// <summary>All-or-nothing of <see cref="CreditDatabase.InTransaction{T}"/> when the work itself throws, on a real LiteDB file.</summary>
public sealed class CreditDatabaseTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Work_that_throws_after_writing_to_two_collections_leaves_the_store_as_it_was()
    {
        var path = _folder.File("store.db");
        using (var database = new CreditDatabase(path))
        {
            database.InTransaction(db => db.GetCollection("notes").Insert(Note(1, "before")));
            var generation = database.Generation;

            var error = Assert.Throws<InvalidOperationException>(() => database.InTransaction(db =>
            {
                var notes = db.GetCollection("notes");
                notes.Update(Note(1, "changed"));
                notes.Insert(Note(2, "added"));
                db.GetCollection("others").Insert(Note(3, "added"));
                throw new InvalidOperationException("failed midway");
            }));

            Assert.Equal("failed midway", error.Message);
            Assert.Equal(generation, database.Generation);
            Assert.Equal([(1, "before")], Notes(database.Database));
            Assert.Equal(0, database.Database.GetCollection("others").Count());

            // The failed transaction is closed: the next one on this thread opens and commits.
            database.InTransaction(db => db.GetCollection("notes").Insert(Note(4, "after")));
        }

        using var reopened = new CreditDatabase(path);
        Assert.Equal([(1, "before"), (4, "after")], Notes(reopened.Database));
        Assert.Equal(0, reopened.Database.GetCollection("others").Count());
    }

    public void Dispose() => _folder.Dispose();

    private static BsonDocument Note(int id, string text) => new() { ["_id"] = id, ["text"] = text };

    private static List<(int Id, string Text)> Notes(LiteDatabase database) =>
        [.. database.GetCollection("notes").FindAll().Select(d => (d["_id"].AsInt32, d["text"].AsString)).OrderBy(n => n.Item1)];
}
