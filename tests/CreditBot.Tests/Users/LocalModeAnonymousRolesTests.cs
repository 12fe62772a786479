using CreditBot.BotFramework;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Microsoft.Extensions.Options;

namespace CreditBot.Tests.Users;

/// <summary>
/// <c>People:LocalModeAnonymousRoles</c> gives roles to a sender without object id in local mode only
/// (the load generator sends none); with authentication on it is ignored.
/// </summary>
public sealed class LocalModeAnonymousRolesTests : IDisposable
{
    private const string ClaireObjectId = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";

    private readonly TempFolder _folder = new();
    private readonly CreditDatabase _database;

    public LocalModeAnonymousRolesTests() => _database = new CreditDatabase(_folder.File("people.db"));

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task AnonymousSenderGetsTheConfiguredRolesInLocalMode()
    {
        var people = Directory(disableAuthentication: true, Role.CreditManager);

        var person = await people.IdentifyAsync(new ChannelAccount { Id = "load-user-3", Name = "Load Tester" }, CancellationToken.None);

        Assert.Equal(string.Empty, person.ObjectId);
        Assert.Equal([Role.CreditManager], person.Roles);
        Assert.True(person.SeesAllClients);
    }

    [Fact]
    public async Task AnonymousSenderGetsNoRoleWhenAuthenticationIsOn()
    {
        var people = Directory(disableAuthentication: false, Role.CreditManager);

        var person = await people.IdentifyAsync(new ChannelAccount { Id = "load-user-3", Name = "Load Tester" }, CancellationToken.None);

        Assert.Empty(person.Roles);
        Assert.False(person.SeesAllClients);
    }

    [Fact]
    public async Task AnonymousSenderGetsNoRoleInLocalModeByDefault()
    {
        var people = Directory(disableAuthentication: true);

        var person = await people.IdentifyAsync(new ChannelAccount { Id = "load-user-3" }, CancellationToken.None);

        Assert.Empty(person.Roles);
    }

    [Fact]
    public async Task KnownSenderKeepsTheirOwnRolesInLocalMode()
    {
        var people = Directory(disableAuthentication: true, Role.Administrator);

        var person = await people.IdentifyAsync(new ChannelAccount { Id = "29:x", AadObjectId = ClaireObjectId, Name = "Claire" }, CancellationToken.None);

        Assert.Equal(ClaireObjectId, person.ObjectId);
        Assert.Contains(Role.CreditManager, person.Roles);
        Assert.DoesNotContain(Role.Administrator, person.Roles);
    }

    private PeopleDirectory Directory(bool disableAuthentication, params Role[] anonymousRoles)
    {
        var options = new PeopleOptions();
        var claire = new PeopleOptions.PersonEntry { ObjectId = ClaireObjectId, Upn = "claire.moreau@contoso.example", Name = "Claire" };
        claire.Roles.Add(Role.CreditManager);
        options.Directory.Add(claire);
        foreach (var role in anonymousRoles)
        {
            options.LocalModeAnonymousRoles.Add(role);
        }

        var wrapped = Options.Create(options);
        return new PeopleDirectory(
            wrapped,
            new ConfiguredUserDirectory(wrapped),
            new LedgerStore(_database),
            Options.Create(new BotFrameworkOptions { DisableAuthentication = disableAuthentication }));
    }
}
