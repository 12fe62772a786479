using CreditBot.BotFramework;
using CreditBot.Storage;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Microsoft.Extensions.Options;

namespace CreditBot.Tests.Users;

/// <summary>
/// A sender is known by the Entra object id Teams puts in <c>from.aadObjectId</c>, never by a UPN
/// written there (defence in depth: Teams fills the field, but nothing else may stand in for it).
/// </summary>
public sealed class IdentityByObjectIdTests : IDisposable
{
    private const string ClaireObjectId = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";
    private const string ClaireUpn = "claire.moreau@contoso.example";

    private readonly TempFolder _folder = new();
    private readonly CreditDatabase _database;

    public IdentityByObjectIdTests() => _database = new CreditDatabase(_folder.File("people.db"));

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_sender_is_found_by_object_id()
    {
        var person = await Directory().IdentifyAsync(new ChannelAccount { Id = "29:c", AadObjectId = ClaireObjectId }, CancellationToken.None);

        Assert.Equal(ClaireObjectId, person.ObjectId);
        Assert.Equal(ClaireUpn, person.Upn);
        Assert.Contains(Role.CreditManager, person.Roles);
    }

    [Theory]
    [InlineData(ClaireUpn)]
    [InlineData("CLAIRE.MOREAU@contoso.example")]
    public async Task A_upn_in_aadObjectId_identifies_no_one(string upn)
    {
        var person = await Directory().IdentifyAsync(new ChannelAccount { Id = "29:c", AadObjectId = upn }, CancellationToken.None);

        Assert.Empty(person.Roles);
        Assert.False(person.SeesAllClients);
        Assert.Equal(string.Empty, person.ObjectId);
        Assert.Null(person.Upn);
        Assert.False(person.IsSalespersonOf(ClaireUpn));
    }

    [Fact]
    public async Task Find_matches_object_ids_only()
    {
        var people = Directory();

        var byUpn = await people.FindAsync(ClaireUpn, CancellationToken.None);
        var byId = await people.FindAsync(ClaireObjectId, CancellationToken.None);

        Assert.Empty(byUpn.Roles);
        Assert.Contains(Role.CreditManager, byId.Roles);
    }

    [Fact]
    public async Task The_command_line_may_still_name_someone_by_upn()
    {
        var person = await Directory().FindByObjectIdOrUpnAsync(ClaireUpn, CancellationToken.None);

        Assert.Equal(ClaireObjectId, person.ObjectId);
        Assert.Contains(Role.CreditManager, person.Roles);
    }

    private PeopleDirectory Directory()
    {
        var options = new PeopleOptions();
        var claire = new PeopleOptions.PersonEntry { ObjectId = ClaireObjectId, Upn = ClaireUpn, Name = "Claire" };
        claire.Roles.Add(Role.CreditManager);
        options.Directory.Add(claire);
        var wrapped = Options.Create(options);
        return new PeopleDirectory(
            wrapped,
            new ConfiguredUserDirectory(wrapped),
            new LedgerStore(_database),
            Options.Create(new BotFrameworkOptions { AppId = FakeBotService.DefaultAppId }));
    }
}
