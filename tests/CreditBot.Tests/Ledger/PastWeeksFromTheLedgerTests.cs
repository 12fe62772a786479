using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Ledger;

namespace CreditBot.Tests.Ledger;

/// <summary>
/// What the DSO of past weeks needs reaches the store from an FEC: each settlement carries the issue date of the
/// invoice line it is lettered with, and monthly sales keep their days. Figures of fec-basic.txt (see FecSourceTests):
/// VIR0201 (1 Feb, 1 200 €) is lettered AA with F001 of 5 Jan; VIR0220 (20 Feb, 1 000 €) is lettered AB with F003 of
/// 15 Jan (1 400 € of it still open); VIR0305 (5 Mar, 300 €, C003) is matched to nothing.
/// </summary>
public class PastWeeksFromTheLedgerTests
{
    private static async Task<LedgerHost> ImportedAsync()
    {
        var host = LedgerHost.Create();
        var report = await host.ImportAsync(new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))]));
        Assert.True(report.Succeeded);
        return host;
    }

    [Fact]
    public async Task A_lettered_payment_carries_the_issue_date_of_the_invoice_line_it_settles()
    {
        using var host = await ImportedAsync();

        var payments = host.Store.AllPayments().ToDictionary(p => p.Reference!);

        Assert.Equal(("F001", new DateOnly(2024, 1, 5)), (payments["VIR0201"].AllocatedTo, payments["VIR0201"].ItemIssueDate));
        Assert.Equal(("F003", new DateOnly(2024, 1, 15)), (payments["VIR0220"].AllocatedTo, payments["VIR0220"].ItemIssueDate));
        Assert.Equal((null, null), (payments["VIR0305"].AllocatedTo, payments["VIR0305"].ItemIssueDate));
    }

    [Fact]
    public async Task A_settled_row_of_an_invoice_history_carries_its_invoice_date()
    {
        using var host = LedgerHost.Create();

        await host.ImportAsync("invoice-history", Fixture.Path("invoice-history.csv"));

        var payment = host.Store.AllPayments().Single(p => p.AllocatedTo == "611365");

        var month = host.Store.AllMonthlySales().Single(m => m.Days!.Any(d => d.Date == payment.ItemIssueDate));
        Assert.Equal(new DateOnly(2013, 1, 2), payment.ItemIssueDate);
        Assert.Equal(month.Sales, Money.Sum(month.Days!.Select(d => d.Sales), month.Sales.Currency));
    }

    [Fact]
    public async Task Monthly_sales_keep_their_days_credit_notes_netted()
    {
        using var host = await ImportedAsync();

        var sales = host.Store.MonthlySalesOf(new ClientCode("C002")).OrderBy(m => m.Month).ToList();

        Assert.Equal([(new DateOnly(2024, 1, 15), Money.Eur(2_400m))], sales[0].Days!.Select(d => (d.Date, d.Sales)));
        Assert.Equal([(new DateOnly(2024, 3, 1), Money.Eur(-120m))], sales[1].Days!.Select(d => (d.Date, d.Sales)));
    }

    [Fact]
    public async Task The_receivables_of_a_past_month_end_come_back_from_the_stored_ledger()
    {
        // 31 Jan 2024: F001 1 200 (paid 1 Feb) + F002 600 + F003 2 400 (1 000 paid 20 Feb) = 4 200 €, all of January's
        // sales (1 200 + 600 + 2 400): count-back 31 days. (C003's items and payment all come later.)
        using var host = await ImportedAsync();
        var store = host.Store;
        var sales = store.AllMonthlySales();

        var past = PastDso.At(
            new DateOnly(2024, 1, 31), new DateOnly(2024, 3, 31), store.AllOpenItems(), store.AllPayments(),
            [.. sales.Select(s => new CreditBot.Domain.Dso.MonthlySales(s.Year, s.Month, s.Sales))], [.. sales.SelectMany(s => s.Days!)], Currency.Eur);

        Assert.True(past.IsRecomputed, past.Gap?.ToString());
        Assert.Equal(Money.Eur(4_200m), past.Receivables!.Total);
        Assert.Equal(31m, past.Dso!.Rounded(1));
    }
}
