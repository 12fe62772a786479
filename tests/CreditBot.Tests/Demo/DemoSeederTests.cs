using CreditBot.Demo;
using CreditBot.Tests.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CreditBot.Tests.Demo;

public class DemoSeederTests
{
    private static LedgerHost Host(bool? seed, string environment = "Production") => LedgerHost.Create(
        new()
        {
            ["Storage:SeedDemoData"] = seed?.ToString(),
            ["Demo:Clients"] = "30",
        },
        services => services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment }));

    [Fact]
    public async Task An_empty_store_is_seeded_through_the_importer_before_serving()
    {
        using var host = Host(seed: true);
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(host.Services);

        await seeder.StartingAsync(CancellationToken.None);

        Assert.Equal(30, host.Store.AllClients().Count);
        var run = Assert.Single(host.Runs.Recent(5));
        Assert.Equal("demo-seed", run.RequestedBy);
        Assert.Equal(new DateOnly(2024, 6, 1), run.AsOf);
    }

    [Fact]
    public async Task A_store_with_data_is_left_alone()
    {
        using var host = Host(seed: true);
        await host.ImportAsync("fec", Fixture.Path("fec-basic.txt"));
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(host.Services);

        await seeder.StartingAsync(CancellationToken.None);

        Assert.Equal(1, host.Runs.Count());
        Assert.Equal(3, host.Store.AllClients().Count);
    }

    [Fact]
    public async Task Seeding_off_leaves_an_empty_store_empty()
    {
        using var host = Host(seed: false);
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(host.Services);

        await seeder.StartingAsync(CancellationToken.None);

        Assert.True(host.Store.IsEmpty);
    }

    [Theory]
    [InlineData("Development", 30)]
    [InlineData("Production", 0)]
    [InlineData("Staging", 0)]
    public async Task Unset_seeding_seeds_in_development_only(string environment, int clients)
    {
        using var host = Host(seed: null, environment);
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(host.Services);

        await seeder.StartingAsync(CancellationToken.None);

        Assert.Equal(clients, host.Store.AllClients().Count);
    }
}
