using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CreditBot.BotFramework.Tests;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:6848abc@thread.tacv2;messageid=1759881511856";
    private FakeBotService fake = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeBotService.StartAsync();
        bot = await BotHost.StartAsync(fake);
        bot.Trusted.Trust(fake.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Sends_to_a_stored_conversation_as_the_bot_with_a_bearer_token()
    {
        var reference = Reference("a:personal-chat");

        var outcome = await bot.Connector.SendAsync(reference, Activity.CreateMessage("Bonjour"), CancellationToken.None);

        var sent = Assert.IsType<ConnectorOutcome<ResourceResponse>.Succeeded>(outcome);
        Assert.False(string.IsNullOrEmpty(sent.Value.Id));
        var request = Assert.Single(fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3Apersonal-chat/activities", request.RawTarget);
        Assert.Equal("Bearer " + FakeBotService.AccessToken(1), request.Authorization);
        Assert.StartsWith("application/json; charset=utf-8", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("Bonjour", request.Activity!.Text);
        Assert.Equal("message", request.Activity.Type);
        Assert.Equal("28:bot", request.Activity.From!.Id);
        Assert.Equal("a:personal-chat", request.Activity.Conversation!.Id);
        Assert.Null(request.Activity.Recipient);
    }

    [Fact]
    public async Task Replies_to_an_inbound_activity_with_its_id()
    {
        var inbound = ActivityBuilder.ChannelMention().WithServiceUrl(fake.ServiceUrl).WithConversationId(ChannelThread).WithId("1759881511856").Build();

        var outcome = await bot.Connector.ReplyAsync(inbound, Activity.CreateMessage("Encours ACME : 38 000 €"), CancellationToken.None);

        Assert.IsType<ConnectorOutcome<ResourceResponse>.Succeeded>(outcome);
        var request = Assert.Single(fake.Requests);
        Assert.Equal(ChannelThread, request.ConversationId);
        Assert.Equal("1759881511856", request.ActivityId);
        Assert.Equal("1759881511856", request.Activity!.ReplyToId);
        Assert.Equal(inbound.Recipient!.Id, request.Activity.From!.Id);
    }

    [Fact]
    public async Task A_send_accepted_with_202_and_no_body_succeeds_without_a_message_id()
    {
        fake.RespondNext(HttpStatusCode.Accepted);

        var outcome = await bot.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("text and card"), CancellationToken.None);

        var sent = Assert.IsType<ConnectorOutcome<ResourceResponse>.Succeeded>(outcome);
        Assert.Null(sent.Value.Id);
    }

    [Fact]
    public async Task Escapes_ids_with_colon_semicolon_at_and_equals_in_path_segments()
    {
        const string activityId = "1:12SWreU=;x@y";

        await bot.Connector.UpdateActivityAsync(fake.ServiceUrl, ChannelThread, activityId, Activity.CreateMessage("updated"), CancellationToken.None);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/19%3A6848abc%40thread.tacv2%3Bmessageid%3D1759881511856/activities/1%3A12SWreU%3D%3Bx%40y", request.RawTarget);
        Assert.Equal(ChannelThread, request.ConversationId);
        Assert.Equal(activityId, request.ActivityId);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net/teams/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net/teams", "https://smba.trafficmanager.net/teams/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net/amer/56653e9d-2158-46ee-90d7-675c39642038/", "https://smba.trafficmanager.net/amer/56653e9d-2158-46ee-90d7-675c39642038/v3/conversations")]
    [InlineData("http://localhost:1234/_connector", "http://localhost:1234/_connector/v3/conversations")]
    [InlineData("http://localhost:1234/_connector/", "http://localhost:1234/_connector/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/v3/conversations")]
    public void Joins_the_service_url_and_the_path_with_exactly_one_slash(string serviceUrl, string expected)
    {
        var uri = ConnectorClient.BuildUri(serviceUrl, "v3/conversations");

        Assert.Equal(expected, uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("/teams/")]
    [InlineData("/_connector")]
    public async Task Calls_a_service_url_with_a_path_under_that_path(string path)
    {
        var serviceUrl = fake.BaseUrl + path;

        await bot.Connector.SendToConversationAsync(serviceUrl, "a:chat", Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.Equal(path.TrimEnd('/') + "/v3/conversations/a%3Achat/activities", Assert.Single(fake.Requests).RawTarget);
    }

    [Fact]
    public async Task Many_sends_use_one_token_request()
    {
        var reference = Reference("a:chat");

        for (var i = 0; i < 5; i++)
        {
            await bot.Connector.SendAsync(reference, Activity.CreateMessage($"digest {i}"), CancellationToken.None);
        }

        Assert.Equal(1, fake.TokenRequests);
        Assert.All(fake.Requests, request => Assert.Equal("Bearer " + FakeBotService.AccessToken(1), request.Authorization));
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after()
    {
        fake.FailNext(1, HttpStatusCode.TooManyRequests, "Throttled", retryAfter: TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var outcome = await bot.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.IsType<ConnectorOutcome<ResourceResponse>.Succeeded>(outcome);
        Assert.Equal([429, 200], fake.Requests.Select(r => r.Status));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_failures_are_retried(HttpStatusCode status)
    {
        fake.FailNext(2, status);

        var outcome = await bot.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.IsType<ConnectorOutcome<ResourceResponse>.Succeeded>(outcome);
        Assert.Equal([(int)status, (int)status, 200], fake.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Retries_wait_on_the_wall_clock_even_when_the_app_uses_a_fake_clock()
    {
        await using var frozen = await BotHost.StartAsync(fake, builderHook: builder =>
            builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero))));
        frozen.Trusted.Trust(fake.ServiceUrl);
        fake.FailNext(1, HttpStatusCode.TooManyRequests, "Throttled", retryAfter: TimeSpan.FromSeconds(1));

        var outcome = await frozen.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("hi"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.IsType<ConnectorOutcome<ResourceResponse>.Succeeded>(outcome);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        fake.FailNext(10, HttpStatusCode.ServiceUnavailable);

        var call = () => bot.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("hi"), CancellationToken.None);

        var exception = await Assert.ThrowsAsync<ConnectorException>(call);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.Error!.Status);
        Assert.Equal(4, fake.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData(HttpStatusCode.Forbidden, "NotEnoughPermissions")]
    [InlineData(HttpStatusCode.Forbidden, "BotDisabledByAdmin")]
    [InlineData(HttpStatusCode.Unauthorized, "BotNotRegistered")]
    [InlineData(HttpStatusCode.InternalServerError, "ServiceError")]
    public async Task Other_failures_are_not_retried_and_throw_with_the_error_code(HttpStatusCode status, string code)
    {
        fake.FailNext(1, status, code);

        var call = () => bot.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("hi"), CancellationToken.None);

        var exception = await Assert.ThrowsAsync<ConnectorException>(call);
        Assert.Equal(status, exception.Error!.Status);
        Assert.Equal(code, exception.Error.Code);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_an_outcome_not_an_exception()
    {
        fake.FailNext(1, HttpStatusCode.Forbidden, "ConversationBlockedByUser");

        var outcome = await bot.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("hi"), CancellationToken.None);

        var blocked = Assert.IsType<ConnectorOutcome<ResourceResponse>.BlockedByUser>(outcome);
        Assert.Equal("ConversationBlockedByUser", blocked.Error.Code);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task A_bot_removed_from_the_conversation_is_an_outcome()
    {
        fake.FailNext(1, HttpStatusCode.Forbidden, "BotNotInConversationRoster");

        var outcome = await bot.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.IsType<ConnectorOutcome<ResourceResponse>.NotInConversation>(outcome);
    }

    [Fact]
    public async Task A_message_that_is_gone_is_a_not_found_outcome()
    {
        fake.FailNext(1, HttpStatusCode.NotFound, "ActivityNotFoundInConversation");

        var outcome = await bot.Connector.UpdateAsync(Reference("a:chat"), "1700000", Activity.CreateMessage("hi"), CancellationToken.None);

        var notFound = Assert.IsType<ConnectorOutcome<ResourceResponse>.NotFound>(outcome);
        Assert.Equal("ActivityNotFoundInConversation", notFound.Error.Code);
    }

    [Fact]
    public async Task No_token_is_sent_to_a_host_that_is_not_trusted()
    {
        var untrusted = Reference("a:chat") with { ServiceUrl = "https://evil.example.com/amer/" };

        var call = () => bot.Connector.SendAsync(untrusted, Activity.CreateMessage("hi"), CancellationToken.None);

        var exception = await Assert.ThrowsAsync<UntrustedServiceUrlException>(call);
        Assert.Contains("evil.example.com", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, fake.TokenRequests);
    }

    [Fact]
    public async Task A_service_url_becomes_trusted_when_an_authenticated_activity_brings_it()
    {
        await using var fresh = await BotHost.StartAsync(fake);
        var inbound = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();
        var trustedBefore = fresh.Trusted.IsTrusted(fake.ServiceUrl);

        using var response = await fake.PostActivityAsync(fresh.Endpoint, inbound);
        var outcome = await fresh.Connector.ReplyAsync(inbound, Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.False(trustedBefore);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<ConnectorOutcome<ResourceResponse>.Succeeded>(outcome);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Stored_references_can_be_trusted_at_start()
    {
        await using var fresh = await BotHost.StartAsync(fake);

        fresh.Trusted.Trust([Reference("a:chat") with { ServiceUrlVouched = true }, Reference("a:other") with { ServiceUrl = "http://203.0.113.9/", ServiceUrlVouched = true }]);

        Assert.True(fresh.Trusted.IsTrusted(fake.ServiceUrl));
        Assert.False(fresh.Trusted.IsTrusted("http://203.0.113.9/"));
    }

    [Fact]
    public async Task A_stored_reference_nobody_vouched_for_is_not_trusted_at_start()
    {
        await using var fresh = await BotHost.StartAsync(fake);

        fresh.Trusted.Trust([Reference("a:chat") with { ServiceUrlVouched = false }]);

        Assert.False(fresh.Trusted.IsTrusted(fake.ServiceUrl));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_recognised_by_the_message_writes_blocked_sub_code()
    {
        fake.FailNext(1, HttpStatusCode.Forbidden, "MessageWritesBlocked");

        var outcome = await bot.Connector.SendAsync(Reference("a:chat"), Activity.CreateMessage("hi"), CancellationToken.None);

        Assert.IsType<ConnectorOutcome<ResourceResponse>.BlockedByUser>(outcome);
    }

    [Fact]
    public async Task Reads_the_whole_roster()
    {
        var outcome = await bot.Connector.GetMembersAsync(fake.ServiceUrl, "a:chat", CancellationToken.None);

        var members = Assert.IsType<ConnectorOutcome<List<ChannelAccount>>.Succeeded>(outcome).Value;
        Assert.Equal(["29:member-1", "29:member-2"], members.Select(m => m.Id));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch", true)]
    [InlineData("http://smba.trafficmanager.net/teams/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/teams/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.com/teams/", false)]
    [InlineData("https://evil.com/smba.trafficmanager.net/", false)]
    public void The_configured_teams_hosts_are_trusted_over_https_only(string serviceUrl, bool trusted)
    {
        var isTrusted = bot.Trusted.IsTrusted(serviceUrl);

        Assert.Equal(trusted, isTrusted);
    }

    [Fact]
    public async Task Creates_a_conversation_and_deletes_an_activity()
    {
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            ChannelData = JsonDocument.Parse("""{"tenant":{"id":"3b9e9fbb-ed2f-415b-b776-cf788e573366"}}""").RootElement,
        };

        var created = await bot.Connector.CreateConversationAsync(fake.ServiceUrl, parameters, CancellationToken.None);
        var deleted = await bot.Connector.DeleteActivityAsync(fake.ServiceUrl, "a:chat", "1700000", CancellationToken.None);

        var conversation = Assert.IsType<ConnectorOutcome<ConversationResourceResponse>.Succeeded>(created).Value;
        Assert.StartsWith("a:created-", conversation.Id, StringComparison.Ordinal);
        Assert.IsType<ConnectorOutcome<NoContent>.Succeeded>(deleted);
        Assert.Equal(["POST", "DELETE"], fake.Requests.Select(r => r.Method));
        using var body = JsonDocument.Parse(fake.Requests[0].Body);
        Assert.Equal("29:user", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("3b9e9fbb-ed2f-415b-b776-cf788e573366", body.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Reads_a_member_a_page_of_members_and_team_details()
    {
        var member = await bot.Connector.GetMemberAsync(fake.ServiceUrl, "a:chat", "user@contoso.com", CancellationToken.None);
        var page = await bot.Connector.GetPagedMembersAsync(fake.ServiceUrl, ChannelThread, 100, null, CancellationToken.None);
        var team = await bot.Connector.GetTeamDetailsAsync(fake.ServiceUrl, "19:team@thread.tacv2", CancellationToken.None);

        var account = Assert.IsType<ConnectorOutcome<ChannelAccount>.Succeeded>(member).Value;
        Assert.Equal("user@contoso.com", account.Id);
        Assert.Equal("7faf8ab2-3d56-4244-b585-20c8a42ed2b8", account.ExtensionData!["objectId"].GetString());
        var members = Assert.IsType<ConnectorOutcome<PagedMembersResult>.Succeeded>(page).Value;
        Assert.Equal(2, members.Members!.Count);
        Assert.Equal("page-2", members.ContinuationToken);
        Assert.Equal("Credit team", Assert.IsType<ConnectorOutcome<TeamDetails>.Succeeded>(team).Value.Name);
        Assert.Equal("/v3/conversations/a%3Achat/members/user%40contoso.com", fake.Requests[0].RawTarget);
        Assert.Equal("/v3/conversations/19%3A6848abc%40thread.tacv2%3Bmessageid%3D1759881511856/pagedmembers?pageSize=100", fake.Requests[1].RawTarget);
        Assert.Equal("/v3/teams/19%3Ateam%40thread.tacv2", fake.Requests[2].RawTarget);
    }

    private ConversationReference Reference(string conversationId) => new()
    {
        ConversationId = conversationId,
        ServiceUrl = fake.ServiceUrl,
        ChannelId = "msteams",
        BotId = "28:bot",
        BotName = "CreditBot",
    };
}
