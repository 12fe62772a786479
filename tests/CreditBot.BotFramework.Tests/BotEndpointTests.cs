using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CreditBot.Tests.Support;

namespace CreditBot.BotFramework.Tests;

public sealed class BotEndpointTests : IAsyncLifetime
{
    private FakeBotService fake = null!;
    private BotHost bot = null!;

    public static TheoryData<string> InboundSamples()
    {
        var data = new TheoryData<string>();
        foreach (var sample in ActivityBuilder.InboundSamples)
        {
            data.Add(sample);
        }

        return data;
    }

    public static TheoryData<string> InvalidJsonSamples()
    {
        var data = new TheoryData<string>();
        foreach (var sample in ActivityBuilder.InvalidJsonSamples)
        {
            data.Add(sample);
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        fake = await FakeBotService.StartAsync();
        bot = await BotHost.StartAsync(fake);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(InboundSamples))]
    public async Task Every_real_inbound_activity_with_a_valid_token_is_accepted(string sample)
    {
        var activity = ActivityBuilder.FromSample(sample).Build();
        bot.Handler.Behaviour = (a, _) => Task.FromResult(a.Type == ActivityTypes.Invoke ? AdaptiveCardResponses.Message("ok") : null);

        using var response = await fake.PostActivityAsync(bot.Endpoint, activity);

        Assert.True(HttpStatus.IsSuccess(response.StatusCode), $"{sample}: {response.StatusCode}");
        var handled = Assert.Single(bot.Handler.Activities);
        Assert.Equal(activity.Id, handled.Id);
        Assert.True(bot.Trusted.IsTrusted(activity.ServiceUrl!));
    }

    [Theory]
    [MemberData(nameof(InvalidJsonSamples))]
    public async Task A_body_that_is_not_valid_json_gets_400_never_500(string sample)
    {
        var body = ActivityBuilder.ReadSample(sample);

        using var response = await fake.PostActivityAsync(bot.Endpoint, body, Bearer(fake.IssueChannelToken(fake.ServiceUrl)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Handler.Activities);
    }

    [Theory]
    [InlineData("""{"text":"no type","serviceUrl":"https://smba.trafficmanager.net/amer/"}""")]
    [InlineData("""{"type":"","serviceUrl":"https://smba.trafficmanager.net/amer/"}""")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_body_without_an_activity_type_gets_400(string body)
    {
        using var response = await fake.PostActivityAsync(bot.Endpoint, body, Bearer(fake.IssueChannelToken("https://smba.trafficmanager.net/amer/")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Handler.Activities);
    }

    [Fact]
    public async Task An_invalid_body_without_a_token_gets_401_not_400()
    {
        using var response = await fake.PostActivityAsync(bot.Endpoint, "{ not json", authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_than_post_get_405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), bot.Endpoint);

        using var response = await fake.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_message_is_answered_200_with_an_empty_body()
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();

        using var response = await fake.PostActivityAsync(bot.Endpoint, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_one_megabyte_gets_413_with_or_without_a_content_length(bool withLength)
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();
        activity.Text = new string('x', 1024 * 1024);

        // "Expect: 100-continue": the client sends the body only if the endpoint reads it, so an early 413 cannot
        // race a client still writing a megabyte into a connection the server is done with.
        using var response = await PostAsync(activity, withLength, expectContinue: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Handler.Activities);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_long_message_is_read_whole_with_or_without_a_content_length(bool withLength)
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();
        var text = string.Concat(Enumerable.Range(0, 9000).Select(i => $"{i} "));
        activity.Text = text;

        using var response = await PostAsync(activity, withLength);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, Assert.Single(bot.Handler.Activities).Text);
    }

    [Fact]
    public async Task The_invoke_response_of_the_handler_is_the_http_response()
    {
        var activity = ActivityBuilder.CardAction().WithServiceUrl(fake.ServiceUrl).WithCardAction("committee.vote", """{"requestId":"r1","choice":"approve"}""").Build();
        using var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"1 of 3"}]}""");
        bot.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(AdaptiveCardResponses.Card(card.RootElement));

        using var response = await fake.PostActivityAsync(bot.Endpoint, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("1 of 3", body.RootElement.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("committee.vote", bot.Handler.Activities[0].Value!.Value.GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task An_invoke_response_status_other_than_200_is_kept()
    {
        var activity = ActivityBuilder.CardAction().WithServiceUrl(fake.ServiceUrl).Build();
        bot.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(404, null));

        using var response = await fake.PostActivityAsync(bot.Endpoint, activity);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_invoke_the_handler_does_not_answer_gets_501()
    {
        var activity = ActivityBuilder.CardAction().WithServiceUrl(fake.ServiceUrl).With("name", "composeExtension/query").Build();

        using var response = await fake.PostActivityAsync(bot.Endpoint, activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task An_exception_escaping_the_handler_is_logged_once_with_the_ids_and_answered_500()
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();
        bot.Handler.Behaviour = (_, _) => throw new InvalidOperationException("storage is down");

        using var response = await fake.PostActivityAsync(bot.Endpoint, activity);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var logged = Assert.Single(bot.Logs.Lines, line => line.EventId == 1012);
        Assert.Contains(activity.Id!, logged.Message, StringComparison.Ordinal);
        Assert.Contains(activity.Conversation!.Id!, logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task A_turn_that_outlives_the_turn_timeout_is_cancelled_and_answered_500()
    {
        await using var hasty = await BotHost.StartAsync(fake, settings => settings["BotFramework:TurnTimeout"] = "00:00:00.200");
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();
        hasty.Handler.Behaviour = async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return null;
        };

        using var response = await fake.PostActivityAsync(hasty.Endpoint, activity);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(hasty.Logs.Lines, line => line.EventId == 1013);
    }

    [Fact]
    public async Task A_dropped_connection_does_not_cancel_the_turn()
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();
        var turnStarted = new TaskCompletionSource();
        var turnEnded = new TaskCompletionSource<bool>();
        bot.Handler.Behaviour = async (_, cancellationToken) =>
        {
            turnStarted.SetResult();
            await Task.Delay(300, CancellationToken.None);
            turnEnded.SetResult(cancellationToken.IsCancellationRequested);
            return null;
        };
        using var abort = new CancellationTokenSource();

        var post = fake.PostActivityAsync(bot.Endpoint, activity.ToJsonString(), Bearer(fake.IssueChannelToken(activity.ServiceUrl)), abort.Token);
        await turnStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);
        Assert.False(await turnEnded.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task The_turn_runs_in_a_log_scope_with_activity_and_conversation_ids()
    {
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();

        using var response = await fake.PostActivityAsync(bot.Endpoint, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var completed = Assert.Single(bot.Logs.Lines, line => line.EventId == 1011);
        Assert.Contains(completed.Scopes, scope =>
            scope.Contains(activity.Id!, StringComparison.Ordinal) && scope.Contains(activity.Conversation!.Id!, StringComparison.Ordinal));
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private async Task<HttpResponseMessage> PostAsync(Activity activity, bool withLength, bool expectContinue = false)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Endpoint)
        {
            Content = withLength ? new ByteArrayContent(body) : new UnsizedContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = Bearer(fake.IssueChannelToken(activity.ServiceUrl));
        request.Headers.ExpectContinue = expectContinue;
        return await client.SendAsync(request);
    }

    /// <summary>A body sent chunked: no Content-Length for the endpoint to size its buffer from.</summary>
    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
