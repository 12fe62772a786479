using System.Security.Cryptography;
using CreditBot.Demo;
using CreditBot.Domain.Clients;
using CreditBot.Ledger;
using CreditBot.Tests.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Demo;

public class DemoLedgerGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static string Hash(DemoFiles files) =>
        Convert.ToHexString(SHA256.HashData([.. new[] { files.Ledger, files.Clients, files.Orders, files.ItemStatus }.SelectMany(File.ReadAllBytes)]));

    [Fact]
    public void The_same_seed_and_date_write_the_same_files()
    {
        using var host = LedgerHost.Create();

        var first = DemoLedgerGenerator.Write(Path.Combine(host.Folder, "a"), new DemoSettings(40, 7, AsOf));
        var second = DemoLedgerGenerator.Write(Path.Combine(host.Folder, "b"), new DemoSettings(40, 7, AsOf));
        var other = DemoLedgerGenerator.Write(Path.Combine(host.Folder, "c"), new DemoSettings(40, 8, AsOf));

        Assert.Equal(Hash(first), Hash(second));
        Assert.NotEqual(Hash(first), Hash(other));
    }

    [Fact]
    public async Task The_default_demo_imports_into_a_realistic_book()
    {
        using var host = LedgerHost.Create();
        var files = DemoLedgerGenerator.Write(Path.Combine(host.Folder, "demo"), new DemoSettings(300, 42, AsOf));

        var report = await host.ImportAsync(DemoLedgerGenerator.Request(files, AsOf, "test"));

        Assert.Equal(ImportStatus.Imported, report.Status);
        var clients = host.Store.AllClients();
        Assert.Equal(300, clients.Count);
        Assert.Equal(3, clients.Select(c => c.BusinessUnit).Distinct().Count());
        Assert.Equal(4, clients.Select(c => c.Country).Distinct().Count());
        Assert.Equal(8, clients.Select(c => c.Salesperson).Select(Owner).Distinct().Count());
        Assert.Contains(clients, c => c.Salesperson == "camille.martin@contoso.example");
        Assert.Contains(clients, c => Guid.TryParse(c.Salesperson, out _));
        foreach (var name in new[] { "ACME Industrie SAS", "Dupont et Fils SARL", "Durand Logistique" })
        {
            Assert.Contains(clients, c => c.Name == name);
        }

        Assert.Null(clients.Single(c => c.Name == "Durand Logistique").Limit);
        Assert.True(clients.Count(c => c.Limit is null) >= 5);
        var items = host.Store.AllOpenItems();
        Assert.Contains(items, i => i.Disputed && i.Client == clients.Single(c => c.Name == "Dupont et Fils SARL").Code);
        Assert.Contains(items, i => i.PromiseToPay is { } p && p < AsOf);
        Assert.Contains(items, i => i.PromiseToPay is { } p && p >= AsOf);
        Assert.Contains(items, i => i.DueDate < AsOf.AddDays(-60));
        Assert.Contains(items, i => i.Open.Amount < 0);
        Assert.Contains(items, i => i.Open.Amount > 0 && i.Open.Amount < i.Amount.Amount);
        Assert.True(OverLimit(host, clients).Count >= 5);
        Assert.Contains(OverLimit(host, clients), c => c.Name == "ACME Industrie SAS");
        Assert.True(host.Store.AllPayments().Count > 5000);
        Assert.True(report.Counts.MonthlySales > 300 * 12);
    }

    [Theory]
    [InlineData("2026-11-23")]
    [InlineData("2027-06-30")]
    public async Task The_default_demo_is_a_book_a_credit_manager_believes_on_any_date(string date)
    {
        // Altares: about half of French companies pay on time, late ones by about 13 days; a few are a month late or
        // more. A healthy company has a third of its clients or fewer with something overdue and debts past 90 days
        // with a handful only; blocking its open orders is the exception.
        var asOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        using var host = LedgerHost.Create();
        var files = DemoLedgerGenerator.Write(Path.Combine(host.Folder, "demo"), new DemoSettings(300, 42, asOf));
        await host.ImportAsync(DemoLedgerGenerator.Request(files, asOf, "test"));

        var book = DemoBook.Read(host.Store, host.Services.GetRequiredService<CreditBot.OrderBlocks.IOrderBlockStore>(), asOf);

        Assert.Equal(300, book.Clients);
        Assert.InRange(book.ClientsWithOverdue, 45, 120);
        Assert.InRange(book.ClientsOver90Days, 1, 9);
        Assert.InRange(book.Over90Days / book.Receivables, 0.0001m, 0.02m);
        Assert.InRange(book.Overdue / book.Receivables, 0.05m, 0.25m);
        Assert.True(book.OpenOrders >= 150, $"{book.OpenOrders} open orders");
        // Blocks are the exception (issue 16 item 9): with the shipped rules, fewer than one open order in five.
        Assert.True(book.BlockedOrders < book.OpenOrders * 0.2m, $"{book.BlockedOrders} of {book.OpenOrders} orders blocked");

        // The README states these figures: they must be the ones the generator gives.
        static string P(decimal part, decimal whole) => (part / whole).ToString("P1", System.Globalization.CultureInfo.InvariantCulture);
        var row = $"| {date} | {book.ClientsWithOverdue} of {book.Clients} ({P(book.ClientsWithOverdue, book.Clients)}) | {book.ClientsOver90Days} ({P(book.ClientsOver90Days, book.Clients)}) | "
            + $"{P(book.Overdue, book.Receivables)} | {P(book.Over90Days, book.Receivables)} | {book.OpenOrders} | {book.BlockedOrders} ({P(book.BlockedOrders, book.OpenOrders)}) |";
        Assert.Contains(row, File.ReadAllLines(Path.Combine(CreditBot.Tests.Support.RepositoryPaths.Root, "README.md")));
        var showcase = Assert.Single(host.Store.AllOpenItems(), i => i.Number == DemoLedgerGenerator.ShowcaseInvoice);
        Assert.Equal("C00001", showcase.Client.Value);
        Assert.Equal(showcase.Amount, showcase.Open);
    }

    private static string Owner(string? salesperson) =>
        DemoSalespeople.All.Single(s => s.Upn == salesperson || s.ObjectId == salesperson).Upn;

    private static List<Client> OverLimit(LedgerHost host, IReadOnlyList<Client> clients) =>
        [.. clients.Where(c => c.Limit is { } limit
            && host.Store.OpenItemsOf(c.Code).Sum(i => i.Open.Amount) + host.Store.OrdersOf(c.Code).Sum(o => o.Amount.Amount) > limit.Amount.Amount)];
}
