using CreditBot.Ledger;
using CreditBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CreditBot.Tests.Ledger;

public class BlockRulesAfterImportTests
{
    [Fact]
    public async Task After_an_import_every_open_order_gets_its_block_status()
    {
        // Fake today 1/6/2024. ACME (C001): F002 600 due 29/2 is overdue → CMD-001 blocked (overdue).
        // Dupont (C002): CMD-002 is a prepayment → never blocked, exemption Prepayment.
        using var host = LedgerHost.Create();

        await host.ImportAsync(new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))])
        {
            ClientMaster = LedgerInput.FromFile(Fixture.Path("clients.csv")),
            Orders = LedgerInput.FromFile(Fixture.Path("orders.csv")),
        });

        var statuses = host.Services.GetRequiredService<OrderBlockStatusStore>();
        var acme = statuses.Find("C001", "CMD-001")!;
        Assert.True(acme.Blocked);
        Assert.Contains("block.overdue", acme.Reasons);
        Assert.Equal(new DateOnly(2024, 6, 1), acme.AsOf);
        var dupont = statuses.Find("C002", "CMD-002")!;
        Assert.False(dupont.Blocked);
        Assert.Equal("Prepayment", dupont.Exemption);
        Assert.Equal(host.Runs.FindLast()!.Id, acme.RunId);
    }

    [Fact]
    public async Task Without_an_as_of_date_the_cut_off_is_today_in_the_company_time_zone_not_the_servers()
    {
        // 31/5/2024 22:30 UTC: still the 31st on a server in New York (18:30), already 1/6 in Paris (00:30).
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 31, 22, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        using var host = LedgerHost.Create(
            new() { ["Company:TimeZone"] = "Europe/Paris" },
            services => services.AddSingleton<TimeProvider>(clock));

        await host.ImportAsync(new ImportRequest("fec", [LedgerInput.FromFile(Fixture.Path("fec-basic.txt"))])
        {
            ClientMaster = LedgerInput.FromFile(Fixture.Path("clients.csv")),
            Orders = LedgerInput.FromFile(Fixture.Path("orders.csv")),
        });

        var acme = host.Services.GetRequiredService<OrderBlockStatusStore>().Find("C001", "CMD-001")!;
        Assert.Null(host.Runs.FindLast()!.AsOf);
        Assert.Equal(new DateOnly(2024, 6, 1), acme.AsOf);
    }
}
