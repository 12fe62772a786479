using CreditBot.BotFramework;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CreditBot.Tests.Users;

public sealed class PeopleDirectoryTests : IDisposable
{
    private readonly LiteDbEngine _engine = new();

    [Fact]
    public void The_credit_managers_of_a_business_unit_are_those_who_cover_it_and_those_who_cover_every_unit()
    {
        var people = Directory(
            Entry("cm-industry", [Role.CreditManager], "Industrie", "Bâtiment"),
            Entry("cm-services", [Role.CreditManager], "Services"),
            Entry("cm-everywhere", [Role.CreditManager]),
            Entry("cfo", [Role.Cfo]));

        var industry = people.HoldersOf(Role.CreditManager, " industrie ");
        var building = people.HoldersOf(Role.CreditManager, "BÂTIMENT");
        var services = people.HoldersOf(Role.CreditManager, "Services");

        Assert.Equal(["cm-industry", "cm-everywhere"], industry.Select(p => p.ObjectId));
        Assert.Equal(["cm-industry", "cm-everywhere"], building.Select(p => p.ObjectId));
        Assert.Equal(["cm-services", "cm-everywhere"], services.Select(p => p.ObjectId));
        Assert.All(industry, p => Assert.True(p.Has(Role.CreditManager)));
    }

    [Fact]
    public void A_client_without_a_business_unit_goes_to_the_company_wide_holders_only()
    {
        var people = Directory(Entry("cm-industry", [Role.CreditManager], "Industrie"), Entry("cm-everywhere", [Role.CreditManager]));

        Assert.Equal(["cm-everywhere"], people.HoldersOf(Role.CreditManager, null).Select(p => p.ObjectId));
        Assert.Equal(["cm-everywhere"], people.HoldersOf(Role.CreditManager, "  ").Select(p => p.ObjectId));
    }

    [Fact]
    public void A_unit_nobody_covers_and_a_role_nobody_holds_have_no_holder()
    {
        var people = Directory(Entry("cm-industry", [Role.CreditManager], "Industrie"));

        Assert.Empty(people.HoldersOf(Role.CreditManager, "Services"));
        Assert.Empty(people.HoldersOf(Role.Cfo, "Industrie"));
    }

    [Fact]
    public void The_business_units_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["People:Directory:0:ObjectId"] = "cm-1",
            ["People:Directory:0:Roles:0"] = "CreditManager",
            ["People:Directory:0:BusinessUnits:0"] = "Industrie",
        }).Build();
        var options = new PeopleOptions();

        configuration.GetSection(PeopleOptions.SectionName).Bind(options);

        Assert.Equal(["Industrie"], options.Directory[0].BusinessUnits);
    }

    public void Dispose() => _engine.Dispose();

    private PeopleDirectory Directory(params PeopleOptions.PersonEntry[] entries)
    {
        var options = new PeopleOptions();
        foreach (var entry in entries)
        {
            options.Directory.Add(entry);
        }

        return new PeopleDirectory(
            Options.Create(options),
            new ConfiguredUserDirectory(Options.Create(options)),
            new LedgerStore(_engine.Database),
            Options.Create(new BotFrameworkOptions()));
    }

    private static PeopleOptions.PersonEntry Entry(string objectId, Role[] roles, params string[] units)
    {
        var entry = new PeopleOptions.PersonEntry { ObjectId = objectId };
        foreach (var role in roles)
        {
            entry.Roles.Add(role);
        }

        foreach (var unit in units)
        {
            entry.BusinessUnits.Add(unit);
        }

        return entry;
    }
}
