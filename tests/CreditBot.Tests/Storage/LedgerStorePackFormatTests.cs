using CreditBot.Domain.Clients;
using CreditBot.Ledger;
using CreditBot.Storage;
using CreditBot.Tests.Ledger;
using LiteDB;
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

    [Fact]
    public async Task A_store_written_in_the_first_format_still_opens_without_issue_dates_or_days()
    {
        // Format 1 layouts, written by hand: a payment (date, amount, reference, allocation, due date) and a month of sales.
        using var host = await ImportedAsync();
        var database = host.Services.GetRequiredService<CreditDatabase>();
        var payment = new MemoryStream();
        using (var writer = new BinaryWriter(payment, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(new DateOnly(2024, 2, 1).DayNumber);
            writer.Write(1_200m);
            writer.Write(true);
            writer.Write("VIR0201");
            writer.Write(true);
            writer.Write("F001");
            writer.Write(new DateOnly(2024, 2, 29).DayNumber);
        }

        var month = new MemoryStream();
        using (var writer = new BinaryWriter(month, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(202401);
            writer.Write(1_800m);
        }

        Replace(database, LedgerStore.PaymentsCollection, "C001|EUR", payment.ToArray());
        Replace(database, LedgerStore.MonthlySalesCollection, "C001|EUR", month.ToArray());

        var store = new LedgerStore(database);
        var read = Assert.Single(store.PaymentsOf(new ClientCode("C001")));
        var sales = Assert.Single(store.MonthlySalesOf(new ClientCode("C001")));

        Assert.Equal(("F001", new DateOnly(2024, 2, 29), (DateOnly?)null), (read.AllocatedTo, read.ItemDueDate, read.ItemIssueDate));
        Assert.Equal((2024, 1, 1_800m, (IReadOnlyList<Domain.Dso.DaySales>?)null), (sales.Year, sales.Month, sales.Sales.Amount, sales.Days));
    }

    private static void Replace(CreditDatabase database, string collection, string id, byte[] packed)
    {
        var documents = database.Database.GetCollection(collection);
        documents.Upsert(new BsonDocument
        {
            ["_id"] = id,
            ["Client"] = id.Split('|')[0],
            ["Currency"] = "EUR",
            ["Format"] = 1,
            ["Count"] = 1,
            ["Packed"] = packed,
        });
    }

    private static async Task<LedgerHost> ImportedAsync()
    {
        var host = LedgerHost.Create();
        var report = await host.ImportAsync(new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))]));
        Assert.True(report.Succeeded);
        return host;
    }
}
