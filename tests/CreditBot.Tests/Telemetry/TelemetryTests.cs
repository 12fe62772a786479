using System.Diagnostics;
using System.Globalization;
using CreditBot.Telemetry;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CreditBot.Tests.Telemetry;

public class TelemetryTests
{
    private const string Claire = "b7d1e0a2-3c4f-4e5a-9b6c-7d8e9f0a1b2c";

    [Fact]
    public async Task A_question_is_exported_as_one_trace_of_the_request_the_turn_and_the_connector_call()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var app = await CreditBotApp.StartAsync(settings => settings["Telemetry:OtlpEndpoint"] = collector.Endpoint);
        using var requestEnded = RequestEnded(app.BaseAddress.Port, "/api/messages");

        await app.Teams.SayAsync("aide", "fr-FR", Claire);
        await requestEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var spans = collector.Spans;
        var turn = Assert.Single(spans, s => s.Scope == CreditBotTelemetry.Name && s.Name == "turn" && s.Attributes.GetValueOrDefault("creditbot.route") == "help");
        var trace = spans.Where(s => s.TraceId == turn.TraceId).ToList();
        var request = Assert.Single(trace, s => s.Scope == "Microsoft.AspNetCore" && s.Kind == 2 && s.Attributes.GetValueOrDefault("url.path") == "/api/messages");
        Assert.Equal(request.SpanId, turn.ParentSpanId);
        var connector = Assert.Single(trace, s => s.Scope == "System.Net.Http" && s.Kind == 3 && s.Attributes.GetValueOrDefault("url.full", string.Empty).Contains("/v3/conversations/", StringComparison.Ordinal));
        Assert.Equal(turn.SpanId, connector.ParentSpanId);
        Assert.Equal("POST", connector.Attributes["http.request.method"]);
        Assert.Equal("message", turn.Attributes["creditbot.activity.type"]);
        Assert.Equal(["creditbot.activity.type", "creditbot.route"], turn.Attributes.Keys.Order());
        Assert.True(collector.MetricExports > 0);
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_is_collected()
    {
        await using var app = await CreditBotApp.StartAsync();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    /// <summary>Signals when ASP.NET Core has ended the server span of a request to this app (after the client got its answer).</summary>
    private static Signal RequestEnded(int port, string path)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("url.path") as string == path
                    && Convert.ToString(activity.GetTagItem("server.port"), CultureInfo.InvariantCulture) == port.ToString(CultureInfo.InvariantCulture))
                {
                    ended.TrySetResult();
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return new Signal(ended.Task, listener);
    }

    private sealed record Signal(Task Task, ActivityListener Listener) : IDisposable
    {
        public void Dispose() => Listener.Dispose();
    }
}
