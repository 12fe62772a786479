using CreditBot.Storage;
using CreditBot.Tests.Support;
using LiteDB;

namespace CreditBot.Tests.Storage;

public class StoreFileCheckTests
{
    private static string StoreWithPages(TempFolder folder)
    {
        var path = folder.File("pages.db");
        using var database = new CreditDatabase(path);
        database.InTransaction(db => db.GetCollection("filler").InsertBulk(Enumerable.Range(0, 2000).Select(i => new BsonDocument { ["_id"] = i, ["text"] = new string('x', 200) })));
        return path;
    }

    [Fact]
    public void A_sound_store_has_no_problem()
    {
        using var folder = new TempFolder();

        Assert.Null(StoreFileCheck.Problem(StoreWithPages(folder)));
    }

    [Fact]
    public void A_store_cut_at_a_page_boundary_is_truncated()
    {
        using var folder = new TempFolder();
        var path = StoreWithPages(folder);
        var pages = new FileInfo(path).Length / 8192;
        using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(pages / 2 * 8192);
        }

        Assert.Equal($"it is truncated: {pages / 2} pages where its header counts {pages}", StoreFileCheck.Problem(path));
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_said_so()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.db");
        File.WriteAllBytes(path, new byte[8192]);

        Assert.Equal("its header page is not a LiteDB 5 header", StoreFileCheck.Problem(path));
    }
}
