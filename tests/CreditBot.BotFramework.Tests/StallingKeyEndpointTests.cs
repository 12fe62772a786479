using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CreditBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditBot.BotFramework.Tests;

/// <summary>
/// Issue 11, item 3: an OpenID metadata or keys endpoint that accepts connections and never answers
/// must not queue requests. One refresh at a time, bounded by <c>BotFramework:MetadataTimeout</c>,
/// shared by every waiter; its failure is remembered so the next requests fail fast; keys already
/// cached keep validating meanwhile.
/// </summary>
public sealed class StallingKeyEndpointTests
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Twenty_concurrent_requests_are_all_answered_503_within_the_timeout_plus_one_second()
    {
        await using var fake = await FakeBotService.StartAsync();
        using var stall = new StallingListener();
        await using var bot = await BotHost.StartAsync(fake, settings =>
        {
            settings["BotFramework:BotFrameworkOpenIdMetadataUrl"] = stall.Url + "/v1/.well-known/openidconfiguration";
            settings["BotFramework:MetadataTimeout"] = "00:00:02";
        });
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TimedPostAsync(fake, bot, activity)));
        var connectionsAfterTheBurst = stall.Accepted;
        var next = await TimedPostAsync(fake, bot, activity);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status));
        Assert.All(answers, answer => Assert.True(answer.Elapsed < MetadataTimeout + TimeSpan.FromSeconds(1), $"answered after {answer.Elapsed}"));
        Assert.Equal(1, connectionsAfterTheBurst);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, next.Status);
        Assert.True(next.Elapsed < TimeSpan.FromSeconds(1), $"a request after the failed refresh waited {next.Elapsed}");
        Assert.Equal(1, stall.Accepted);
        Assert.Empty(bot.Handler.Activities);
        Assert.Single(bot.Logs.Lines, line => line.EventId == 1003);
    }

    [Fact]
    public async Task A_key_already_cached_keeps_validating_while_a_refresh_stalls()
    {
        await using var fake = await FakeBotService.StartAsync();
        await using var keys = await SwitchableKeyServer.StartAsync(fake);
        await using var bot = await BotHost.StartAsync(fake, settings =>
        {
            settings["BotFramework:BotFrameworkOpenIdMetadataUrl"] = keys.MetadataUrl;
            settings["BotFramework:MetadataTimeout"] = "00:00:02";
        });
        var activity = ActivityBuilder.PersonalMessage().WithServiceUrl(fake.ServiceUrl).Build();
        using var warmUp = await fake.PostActivityAsync(bot.Endpoint, activity);
        Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        keys.Stall();
        using var stranger = new FakeSigningKey("stranger", ["msteams"]);
        var unknownKey = TimedPostAsync(fake, bot, activity, fake.IssueChannelToken(activity.ServiceUrl, key: stranger));
        await keys.StalledRequest.WaitAsync(TimeSpan.FromSeconds(10));

        var cached = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => TimedPostAsync(fake, bot, activity)));
        var refused = await unknownKey;

        Assert.True(keys.IsStalling);
        Assert.All(cached, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.All(cached, answer => Assert.True(answer.Elapsed < TimeSpan.FromSeconds(1), $"a cached key waited {answer.Elapsed}"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.True(refused.Elapsed < MetadataTimeout + TimeSpan.FromSeconds(1), $"the unknown key waited {refused.Elapsed}");
    }

    private static async Task<Answer> TimedPostAsync(FakeBotService fake, BotHost bot, Activity activity, string? token = null)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await fake.PostActivityAsync(
            bot.Endpoint, activity.ToJsonString(), new AuthenticationHeaderValue("Bearer", token ?? fake.IssueChannelToken(activity.ServiceUrl)));
        return new Answer(response.StatusCode, Stopwatch.GetElapsedTime(started));
    }

    private sealed record Answer(HttpStatusCode Status, TimeSpan Elapsed);

    /// <summary>A loopback port that accepts connections, reads nothing and never answers.</summary>
    private sealed class StallingListener : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly List<Socket> sockets = [];
        private readonly CancellationTokenSource stop = new();
        private int accepted;

        public StallingListener()
        {
            listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
            _ = AcceptAsync();
        }

        public string Url { get; }

        public int Accepted => Volatile.Read(ref accepted);

        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
            lock (sockets)
            {
                sockets.ForEach(s => s.Dispose());
            }

            stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var socket = await listener.AcceptSocketAsync(stop.Token);
                    lock (sockets)
                    {
                        sockets.Add(socket);
                    }

                    Interlocked.Increment(ref accepted);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }
    }

    /// <summary>
    /// Serves the fake's Bot Framework metadata and keys until told to stall: then the key set request
    /// is held open, unanswered, until the client gives up.
    /// </summary>
    private sealed class SwitchableKeyServer : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly TaskCompletionSource stalledRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool stalling;

        private SwitchableKeyServer(WebApplication app) => this.app = app;

        public string MetadataUrl { get; private set; } = string.Empty;

        public Task StalledRequest => stalledRequest.Task;

        public bool IsStalling => stalling;

        public static async Task<SwitchableKeyServer> StartAsync(FakeBotService fake)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var server = new SwitchableKeyServer(app);
            string baseUrl = string.Empty;
            app.MapGet("/metadata", async () =>
            {
                var metadata = JsonNode.Parse(await fake.Client.GetStringAsync(new Uri(fake.BotFrameworkMetadataUrl)))!;
                metadata["jwks_uri"] = baseUrl + "/keys";
                return Results.Content(metadata.ToJsonString(), "application/json");
            });
            app.MapGet("/keys", async (HttpContext context) =>
            {
                if (server.stalling)
                {
                    server.stalledRequest.TrySetResult();
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return Results.Empty;
                }

                return Results.Content(await fake.Client.GetStringAsync(new Uri(fake.BaseUrl + "/v1/.well-known/keys")), "application/json");
            });
            await app.StartAsync();
            baseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
            server.MetadataUrl = baseUrl + "/metadata";
            return server;
        }

        public void Stall() => stalling = true;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
