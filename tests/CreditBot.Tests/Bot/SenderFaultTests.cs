using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditBot.Tests.Bot;

/// <summary>Nothing a sender (or a Connector) gets wrong gives a 500 or an apology in the chat.</summary>
public class SenderFaultTests
{
    private const int ReplyFailedEvent = 2008;

    public static TheoryData<string, string?> ConversationsWithoutId => new()
    {
        { "teams-personal-message.json", null },
        { "teams-personal-message.json", "null" },
        { "teams-personal-message.json", "{}" },
        { "teams-personal-message.json", """{"id": ""}""" },
        { "teams-conversationupdate-bot-added-personal.json", null },
        { "teams-conversationupdate-bot-added-personal.json", "null" },
        { "teams-conversationupdate-bot-added-personal.json", "{}" },
        { "teams-conversationupdate-bot-added-personal.json", """{"id": ""}""" },
    };

    [Theory]
    [MemberData(nameof(ConversationsWithoutId))]
    public async Task An_activity_without_a_conversation_id_is_refused_with_400_before_any_reply(string sample, string? conversation)
    {
        await using var app = await CreditBotApp.StartAsync();
        var activity = ActivityBuilder.FromSample(sample).WithServiceUrl(app.Fake!.ServiceUrl);
        activity = conversation is null ? activity.Without("conversation") : activity.With("conversation", JsonNode.Parse(conversation));

        using var response = await PostRawAsync(app, activity.ToJson());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Fake.Requests);
    }

    [Fact]
    public async Task A_conversation_update_with_a_null_member_is_refused_and_nothing_is_said_in_the_chat()
    {
        await using var app = await CreditBotApp.StartAsync();
        var update = ActivityBuilder.BotAddedPersonal().WithServiceUrl(app.Fake!.ServiceUrl).With("membersAdded", new JsonArray(null, JsonNode.Parse("""{"id": "28:bot"}""")));

        using var response = await PostRawAsync(app, update.ToJson());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Fake.Requests);
    }

    [Fact]
    public async Task A_conversation_id_longer_than_1023_bytes_is_refused_and_nothing_is_said_in_the_chat()
    {
        await using var app = await CreditBotApp.StartAsync();
        var message = ActivityBuilder.PersonalMessage().WithServiceUrl(app.Fake!.ServiceUrl).WithText("aide").WithConversationId("a:" + new string('é', 511));

        using var response = await PostRawAsync(app, message.ToJson());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Fake.Requests);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("channel")]
    public async Task A_conversation_id_of_1000_bytes_is_stored_and_answered(string conversationType)
    {
        await using var app = await CreditBotApp.StartAsync();
        var id = "a:" + new string('é', 499);
        var message = ActivityBuilder.PersonalMessage().WithText("help").WithLocale("en-US").WithConversationId(id)
            .With("conversation", JsonNode.Parse($$"""{"id": "{{id}}", "conversationType": "{{conversationType}}"}""")).Build();

        var reply = await app.Teams.SendAndWaitAsync(message);

        Assert.Equal(id, reply.Request.ConversationId);
        Assert.Contains("What you can ask me", reply.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"serviceUrl\": \"relative/path\"")]
    [InlineData("\"serviceUrl\": \"file:///etc/passwd\"")]
    public async Task A_service_url_that_is_no_http_address_is_refused_even_under_a_token_without_serviceurl_claim(string serviceUrl)
    {
        await using var app = await CreditBotApp.StartAsync();
        var body = ActivityBuilder.PersonalMessage().WithText("aide").WithServiceUrl("@").ToJson().Replace("\"serviceUrl\":\"@\"", serviceUrl, StringComparison.Ordinal);

        using var response = await app.Fake!.PostActivityAsync(app.MessagesEndpoint, body, new AuthenticationHeaderValue("Bearer", app.Fake.IssueEntraToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Fake.Requests);
    }

    [Fact]
    public async Task Invalid_utf8_inside_channel_data_is_refused_with_400()
    {
        await using var app = await CreditBotApp.StartAsync();
        var json = ActivityBuilder.PersonalMessage().WithServiceUrl(app.Fake!.ServiceUrl)
            .With("conversation", JsonNode.Parse("""{"id": "a:1", "conversationType": "personal"}"""))
            .With("channelData", JsonNode.Parse("""{"tenant": {"id": "@@"}}""")).ToJson();
        var at = json.IndexOf("@@", StringComparison.Ordinal);
        byte[] body = [.. Encoding.UTF8.GetBytes(json[..at]), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(json[(at + 2)..])];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, app.MessagesEndpoint) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.Fake.IssueChannelToken(app.Fake.ServiceUrl));

        using var response = await app.Fake.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Fake.Requests);
    }

    [Fact]
    public async Task A_welcome_the_connector_refuses_is_logged_once_and_not_followed_by_an_apology()
    {
        var logs = new LogLines();
        await using var app = await CreditBotApp.StartAsync(configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        app.Fake!.FailNext(1, HttpStatusCode.InternalServerError);

        using var response = await app.PostAsync(ActivityBuilder.BotAddedPersonal().Build());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Fake.Requests);
        Assert.Single(logs.Events, ReplyFailedEvent);
    }

    [Fact]
    public async Task A_connector_answering_200_with_invalid_json_gives_no_500_and_one_logged_failure()
    {
        var logs = new LogLines();
        await using var app = await CreditBotApp.StartAsync(configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        app.Fake!.RespondNext(HttpStatusCode.OK, "{not json");
        app.Fake.RespondNext(HttpStatusCode.OK, "{not json");

        using var response = await app.PostAsync(ActivityBuilder.PersonalMessage().WithText("aide").Build());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Fake.Requests);
        Assert.Single(logs.Events, ReplyFailedEvent);
    }

    [Fact]
    public async Task A_connector_that_never_answers_does_not_hold_the_inbound_request_beyond_teams_15_seconds()
    {
        var logs = new LogLines();
        await using var app = await CreditBotApp.StartAsync(configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        app.Fake!.StallNext();
        var clock = Stopwatch.StartNew();

        using var response = await app.PostAsync(ActivityBuilder.PersonalMessage().WithText("aide").Build());

        var elapsed = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"answered after {elapsed.TotalSeconds:F1} s");
        Assert.Single(app.Fake.Requests);
        Assert.Single(logs.Events, ReplyFailedEvent);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(CreditBotApp app, string body)
    {
        var fake = app.Fake!;
        return await fake.PostActivityAsync(app.MessagesEndpoint, body, new AuthenticationHeaderValue("Bearer", fake.IssueChannelToken(fake.ServiceUrl)));
    }

    /// <summary>Keeps the event ids the app logs.</summary>
    private sealed class LogLines : ILoggerProvider
    {
        private readonly ConcurrentQueue<int> events = new();

        public IReadOnlyList<int> Events => [.. events];

        public ILogger CreateLogger(string categoryName) => new Logger(events);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<int> events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                events.Enqueue(eventId.Id);
        }
    }
}
