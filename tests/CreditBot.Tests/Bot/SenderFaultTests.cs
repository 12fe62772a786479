using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
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

    [Fact]
    public async Task A_conversation_id_of_1023_bytes_is_answered()
    {
        await using var app = await CreditBotApp.StartAsync();
        var id = "a:" + new string('x', 1021);
        var message = ActivityBuilder.PersonalMessage().WithText("aide").WithConversationId(id).Build();

        var reply = await app.Teams.SendAndWaitAsync(message);

        Assert.Equal(id, reply.Request.ConversationId);
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
