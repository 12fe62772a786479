using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using CreditBot.BotFramework;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CreditBot.Tests.Robustness;

/// <summary>
/// The fuzz drill: thousands of mutated real Teams payloads (<see cref="ActivityMutator"/>) over real HTTP, signed with
/// real test tokens or not. No answer may be a 5xx, no call may leave for a host other than the fake Connector, no
/// apology may be posted, and the app must still be healthy after. <c>bench/fuzz.sh</c> runs the same drill longer
/// (<c>CREDITBOT_FUZZ_REQUESTS</c>, <c>CREDITBOT_FUZZ_SEED</c>, <c>CREDITBOT_FUZZ_REPORT</c>).
/// </summary>
public class FuzzDrillTests(ITestOutputHelper output)
{
    private const int DefaultRequests = 2000;
    private const int DefaultSeed = 20261123;
    private const int Parallelism = 8;

    private static readonly string[] Apologies =
    [
        "Sorry, something went wrong on my side. Please try again in a moment.",
        "Désolé, un problème est survenu de mon côté. Merci de réessayer dans un instant.",
    ];

    [Fact]
    public async Task Mutated_teams_payloads_get_no_5xx_no_apology_no_call_to_another_host_and_leave_the_app_healthy()
    {
        var requests = Setting("CREDITBOT_FUZZ_REQUESTS", DefaultRequests);
        var seed = Setting("CREDITBOT_FUZZ_SEED", DefaultSeed);
        var outbound = new OutboundCalls();
        var failures = new FailureLog();
        await using var app = await CreditBotApp.StartAsync(
            settings => settings["Storage:SeedDemoData"] = "true",
            services =>
            {
                services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new RecordingHandler(outbound)));
                services.AddSingleton<ILoggerProvider>(failures);
            });
        var fake = app.Fake!;
        var fakeAuthority = new Uri(fake.ServiceUrl).Authority;
        var mutator = new ActivityMutator(seed, fake.ServiceUrl);
        var tokens = new Dictionary<FuzzToken, string?>
        {
            [FuzzToken.Channel] = "Bearer " + fake.IssueChannelToken(fake.ServiceUrl),
            [FuzzToken.Entra] = "Bearer " + fake.IssueEntraToken(),
            [FuzzToken.None] = null,
            [FuzzToken.Garbage] = "Bearer not.a.jwt",
            [FuzzToken.Expired] = "Bearer " + fake.IssueChannelToken(fake.ServiceUrl, lifetime: TimeSpan.FromHours(-1)),
        };
        var statuses = new ConcurrentDictionary<int, int>();
        var serverErrors = new ConcurrentQueue<string>();
        var slowest = 0L;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (number, cancellationToken) =>
        {
            var fuzz = mutator.Next(number);
            using var request = new HttpRequestMessage(HttpMethod.Post, app.MessagesEndpoint) { Content = new ByteArrayContent(fuzz.Body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
            if (tokens[fuzz.Token] is { } token)
            {
                request.Headers.TryAddWithoutValidation("Authorization", token);
            }

            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            InterlockedMax(ref slowest, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
            // 501 is the protocol's answer to an invoke the bot does not implement (conformance §1.4), not a failure.
            var unimplementedInvoke = status == 501 && Encoding.UTF8.GetString(fuzz.Body).Contains("\"invoke\"", StringComparison.Ordinal);
            if ((status >= 500 && !unimplementedInvoke) || body.Contains("internalError", StringComparison.Ordinal))
            {
                serverErrors.Enqueue($"#{fuzz.Number} {status} {fuzz.Token}: {fuzz.Description}");
            }
        });

        var elapsed = clock.Elapsed;
        var apologies = fake.SentActivities.Where(a => Apologies.Contains(a.Text)).Select(a => $"apology in reply to {a.ReplyToId}").ToList();
        // The configured Teams Connector hosts are trusted by definition (conformance §2): an activity may name them.
        var teamsHosts = app.Get<IOptions<BotFrameworkOptions>>().Value.TrustedServiceUrlHosts;
        var elsewhere = outbound.Uris
            .Where(uri => uri.Authority != fakeAuthority && !(uri.Scheme == Uri.UriSchemeHttps && uri.Port == 443 && teamsHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase)))
            .Select(uri => "outbound call to " + uri).Distinct().ToList();
        using var health = await http.GetAsync(new Uri(app.BaseAddress, "health"));
        var summary = Summary(seed, requests, elapsed, statuses, slowest, fake.Requests.Count, (int)health.StatusCode);
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("CREDITBOT_FUZZ_REPORT") is { Length: > 0 } report)
        {
            await File.WriteAllTextAsync(report, summary + string.Join('\n', serverErrors.Concat(apologies).Concat(elsewhere).Take(200).Concat(failures.Distinct)) + "\n");
        }

        Assert.Empty(serverErrors.Order(StringComparer.Ordinal).Take(20));
        Assert.Empty(apologies.Take(20));
        Assert.Empty(elsewhere.Take(20));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(requests, statuses.Values.Sum());
        if (requests == DefaultRequests)
        {
            Assert.True(elapsed < TimeSpan.FromMinutes(1), $"{requests} requests took {elapsed.TotalSeconds:F1} s");
        }
    }

    private static string Summary(int seed, int requests, TimeSpan elapsed, ConcurrentDictionary<int, int> statuses, long slowestMs, int connectorCalls, int health)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"seed {seed}, {requests} requests in {elapsed.TotalSeconds:F1} s ({requests / elapsed.TotalSeconds:F0} req/s, {Parallelism} at a time), slowest {slowestMs} ms");
        foreach (var (status, count) in statuses.OrderBy(s => s.Key))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {status}: {count}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Connector calls recorded: {connectorCalls}; /health after: {health}");
        return text.ToString();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>The exceptions the app logged at Error level or above, for the report: where each finding comes from.</summary>
    private sealed class FailureLog : ILoggerProvider
    {
        private readonly ConcurrentDictionary<string, int> failures = new(StringComparer.Ordinal);

        public IEnumerable<string> Distinct => failures.Select(f => $"{f.Value} x {f.Key}");

        public ILogger CreateLogger(string categoryName) => new Logger(failures);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentDictionary<string, int> failures) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error && exception is not null)
                {
                    var frame = exception.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("CreditBot", StringComparison.Ordinal))?.Trim();
                    failures.AddOrUpdate($"event {eventId.Id}: {exception.GetType().Name}: {exception.Message} {frame}", 1, (_, count) => count + 1);
                }
            }
        }
    }

    /// <summary>Every address the app's HTTP clients tried to reach.</summary>
    private sealed class OutboundCalls
    {
        private readonly ConcurrentQueue<Uri> uris = new();

        public IReadOnlyList<Uri> Uris => [.. uris];

        public void Add(Uri uri) => uris.Enqueue(uri);
    }

    /// <summary>
    /// Innermost handler of every HTTP client of the app: records the address, and lets only loopback calls go on (others
    /// get 502), so that nothing a fuzzed activity names can leave the machine, not even a call to a trusted Teams host.
    /// </summary>
    private sealed class RecordingHandler(OutboundCalls calls) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            calls.Add(uri);
            return uri.IsLoopback
                ? base.SendAsync(request, cancellationToken)
                : Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway) { RequestMessage = request });
        }
    }
}
