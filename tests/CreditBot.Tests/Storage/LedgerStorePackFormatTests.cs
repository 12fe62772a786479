using CreditBot.Ledger;
using CreditBot.Storage;
using CreditBot.Tests.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Storage;

public class LedgerStorePackFormatTests
{
    private static readonly string[] PackedCollections = [LedgerStore.OpenItemsCollection, LedgerStore.PaymentsCollection, LedgerStore.MonthlySalesCollection];

    [Fact]
    public async Task Every_packed_document_carries_its_format_version()
    {
        using var host = await ImportedAsync();
        var database = host.Services.GetRequiredService<CreditDatabase>().Database;

        var documents = PackedCollections.SelectMany(name => database.GetCollection(name).FindAll()).ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, document => Assert.Equal(LedgerStore.PackFormat, document["Format"].AsInt32));
    }

    [Fact]
    public async Task A_packed_document_of_an_unknown_format_is_refused_by_name_not_misread()
    {
        using var host = await ImportedAsync();
        var database = host.Services.GetRequiredService<CreditDatabase>();
        var items = database.Database.GetCollection(LedgerStore.OpenItemsCollection);
        var document = items.FindAll().First();
        document["Format"] = LedgerStore.PackFormat + 1;
        items.Update(document);

        var error = Assert.Throws<InvalidDataException>(() => new LedgerStore(database).AllOpenItems());

        Assert.Contains(document["_id"].AsString, error.Message, StringComparison.Ordinal);
        Assert.Contains($"format {LedgerStore.PackFormat + 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_packed_document_written_before_the_format_field_reads_as_the_first_format()
    {
        using var host = await ImportedAsync();
        var database = host.Services.GetRequiredService<CreditDatabase>();
        var before = new LedgerStore(database).AllOpenItems();
        var items = database.Database.GetCollection(LedgerStore.OpenItemsCollection);
        foreach (var document in items.FindAll().ToList())
        {
            document.Remove("Format");
            items.Update(document);
        }

        var after = new LedgerStore(database).AllOpenItems();

        Assert.Equal(before, after);
    }

    private static async Task<LedgerHost> ImportedAsync()
    {
        var host = LedgerHost.Create();
        var report = await host.ImportAsync(new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))]));
        Assert.True(report.Succeeded);
        return host;
    }
}
