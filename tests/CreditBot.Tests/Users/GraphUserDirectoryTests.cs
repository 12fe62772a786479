using CreditBot.Tests.Ledger;
using CreditBot.Tests.Support;
using CreditBot.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CreditBot.Tests.Users;

/// <summary>The real Graph SDK against a loopback fake Graph service that records the requests.</summary>
public sealed class GraphUserDirectoryTests : IAsyncLifetime
{
    private const string Claire = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";
    private const string CreditManagersIndustrie = "0c6a0d7e-1111-4a4a-8b8b-000000000001";
    private const string Committee = "0c6a0d7e-2222-4a4a-8b8b-000000000002";
    private const string Cfos = "0c6a0d7e-3333-4a4a-8b8b-000000000003";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
    private FakeGraphService _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphService.StartAsync();
        _graph.AddUser(Claire, "claire.moreau@contoso.example", "Claire Moreau", "fr-FR");
        _graph.Memberships[Claire] = [CreditManagersIndustrie];
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Reads_a_person_by_object_id_with_name_mail_and_language()
    {
        var user = await Directory().FindAsync(Claire, CancellationToken.None);

        Assert.NotNull(user);
        Assert.Equal(("claire.moreau@contoso.example", "Claire Moreau", "claire.moreau@contoso.example", "fr-FR"), (user.UserPrincipalName, user.DisplayName, user.Mail, user.PreferredLanguage));
        var read = Assert.Single(_graph.Requests, r => r.Method == "GET");
        Assert.Equal($"/v1.0/users/{Claire}", read.Path);
        Assert.Equal("?$select=id,userPrincipalName,displayName,mail,preferredLanguage", read.Query);
        Assert.All(_graph.Requests, r => Assert.Equal($"Bearer {FakeGraphService.AccessToken}", r.Authorization));
    }

    [Fact]
    public async Task Reads_a_person_by_UPN()
    {
        var user = await Directory().FindAsync("claire.moreau@contoso.example", CancellationToken.None);

        Assert.Equal(Claire, user?.ObjectId);
    }

    [Fact]
    public async Task Someone_Graph_does_not_know_is_nobody()
    {
        var user = await Directory().FindAsync("5e5e5e5e-0000-4000-8000-000000000000", CancellationToken.None);

        Assert.Null(user);
    }

    [Fact]
    public async Task Roles_and_business_units_come_from_the_mapped_groups_the_person_belongs_to()
    {
        _graph.Memberships[Claire] = [CreditManagersIndustrie, Committee, "some-other-group"];

        var user = await Directory().FindAsync(Claire, CancellationToken.None);

        Assert.Equal([Role.CreditManager, Role.CommitteeMember], user!.Roles!.Order());
        Assert.Equal(["Industrie"], user.BusinessUnits!);
        var check = Assert.Single(_graph.Requests, r => r.Path == $"/v1.0/users/{Claire}/checkMemberGroups");
        Assert.Equal([CreditManagersIndustrie, Committee, Cfos], check.Body!["groupIds"]!.AsArray().Select(g => (string)g!));
    }

    [Fact]
    public async Task A_membership_change_is_seen_once_the_cache_expires_and_not_before()
    {
        var directory = Directory();
        await directory.FindAsync(Claire, CancellationToken.None);
        _graph.Memberships[Claire] = [Cfos];

        _time.Advance(TimeSpan.FromMinutes(14));
        var cached = await directory.FindAsync(Claire, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));
        var fresh = await directory.FindAsync(Claire, CancellationToken.None);

        Assert.Equal([Role.CreditManager], cached!.Roles!);
        Assert.Equal([Role.Cfo], fresh!.Roles!);
        Assert.Equal(2, _graph.Requests.Count(r => r.Path.EndsWith("/checkMemberGroups", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_throttled_Graph_keeps_the_facts_read_before_instead_of_failing_the_turn()
    {
        var directory = Directory();
        await directory.FindAsync(Claire, CancellationToken.None);
        _graph.ReadStatus = 429;
        _time.Advance(TimeSpan.FromMinutes(16));

        var user = await directory.FindAsync(Claire, CancellationToken.None);
        var stranger = await directory.FindAsync("5e5e5e5e-0000-4000-8000-000000000000", CancellationToken.None);

        Assert.Equal([Role.CreditManager], user!.Roles!);
        Assert.Null(stranger);
    }

    [Fact]
    public async Task The_people_directory_gives_the_group_roles_to_the_person_asking()
    {
        using var host = LedgerHost.Create(
            new() { ["Graph:Enabled"] = "true", ["Graph:BaseUrl"] = _graph.BaseUrl, ["Graph:ManagedIdentityClientId"] = "unused-here" },
            services => services.AddSingleton<IUserDirectory>(Directory()));

        var person = await host.Services.GetRequiredService<PeopleDirectory>().FindByObjectIdOrUpnAsync("claire.moreau@contoso.example", CancellationToken.None);

        Assert.Equal(Claire, person.ObjectId);
        Assert.True(person.Has(Role.CreditManager));
        Assert.True(person.SeesAllClients);
        Assert.Equal(["Industrie"], person.BusinessUnits!);
    }

    [Fact]
    public async Task Installing_the_app_posts_the_catalog_app_for_the_person()
    {
        var result = await Directory().InstallAppAsync(Claire, CancellationToken.None);

        Assert.Equal(new AppInstallResult(AppInstallStatus.Installed), result);
        var install = Assert.Single(_graph.Requests);
        Assert.Equal(("POST", $"/v1.0/users/{Claire}/teamwork/installedApps"), (install.Method, install.Path));
        Assert.Equal($"{_graph.BaseUrl}/appCatalogs/teamsApps/catalog-app-1", (string)install.Body!["teamsApp@odata.bind"]!);
    }

    [Theory]
    [InlineData(409, AppInstallStatus.AlreadyInstalled)]
    [InlineData(403, AppInstallStatus.NotAllowed)]
    [InlineData(404, AppInstallStatus.UserNotFound)]
    public async Task Graph_refusals_are_outcomes(int status, AppInstallStatus expected)
    {
        _graph.InstallAnswers[Claire] = (status, null);

        var result = await Directory().InstallAppAsync(Claire, CancellationToken.None);

        Assert.Equal(new AppInstallResult(expected), result);
    }

    [Fact]
    public async Task A_throttled_install_comes_back_at_once_with_the_delay_Graph_asked_for()
    {
        _graph.InstallAnswers[Claire] = (429, 7);

        var result = await Directory().InstallAppAsync(Claire, CancellationToken.None);

        Assert.Equal(new AppInstallResult(AppInstallStatus.Throttled, TimeSpan.FromSeconds(7)), result);
        Assert.Single(_graph.Requests); // no retry inside the SDK: the outbox decides when to try again
    }

    [Fact]
    public async Task Without_the_catalog_id_nothing_is_installed()
    {
        var result = await Directory(catalogId: null).InstallAppAsync(Claire, CancellationToken.None);

        Assert.Equal(AppInstallStatus.NotAvailable, result.Status);
        Assert.Empty(_graph.Requests);
    }

    private GraphUserDirectory Directory(string? catalogId = "catalog-app-1")
    {
        var options = new GraphOptions { Enabled = true, BaseUrl = _graph.BaseUrl, TeamsAppCatalogId = catalogId, CacheMinutes = 15 };
        options.RoleGroups.Add(new GraphOptions.GroupRole { GroupId = CreditManagersIndustrie, Role = Role.CreditManager, BusinessUnit = "Industrie" });
        options.RoleGroups.Add(new GraphOptions.GroupRole { GroupId = Committee, Role = Role.CommitteeMember });
        options.RoleGroups.Add(new GraphOptions.GroupRole { GroupId = Cfos, Role = Role.Cfo });
        var client = UserDirectories.CreateClient(options, FakeGraphService.Credential);
        return new GraphUserDirectory(client, Options.Create(options), _time, NullLogger<GraphUserDirectory>.Instance);
    }
}
