using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;

namespace CreditBot.Tests.Support;

/// <summary>
/// A loopback OTLP/HTTP collector: accepts <c>POST /v1/traces</c>, <c>/v1/metrics</c> and <c>/v1/logs</c> in protobuf and keeps the
/// spans it decodes (trace id, span id, parent, name, scope, string attributes). The protobuf is read by hand,
/// field by field, after the OTLP trace proto (opentelemetry-proto, trace/v1/trace.proto).
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Span> _spans = new();
    private int _metricExports;

    private FakeOtlpCollector(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyList<Span> Spans => [.. _spans];

    public int MetricExports => _metricExports;

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var app = LoopbackHost.Create();
        var collector = new FakeOtlpCollector(app);
        app.MapPost("/v1/traces", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            foreach (var span in ReadTraces(body.ToArray()))
            {
                collector._spans.Enqueue(span);
            }

            context.Response.ContentType = "application/x-protobuf";
        });
        app.MapPost("/v1/logs", context =>
        {
            context.Response.ContentType = "application/x-protobuf";
            return Task.CompletedTask;
        });
        app.MapPost("/v1/metrics", context =>
        {
            Interlocked.Increment(ref collector._metricExports);
            context.Response.ContentType = "application/x-protobuf";
            return Task.CompletedTask;
        });
        collector.Endpoint = await LoopbackHost.StartAsync(app);
        return collector;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }   InstrumentationScope { string name = 1; }
    // Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; SpanKind kind = 6; repeated KeyValue attributes = 9; }
    // KeyValue { string key = 1; AnyValue value = 2; }   AnyValue { string string_value = 1; bool = 2; int64 = 3; double = 4; ... }
    private static IEnumerable<Span> ReadTraces(byte[] request)
    {
        foreach (var resourceSpans in Fields(request).Where(f => f.Number == 1))
        {
            foreach (var scopeSpans in Fields(resourceSpans.Bytes!).Where(f => f.Number == 2))
            {
                var scopeFields = Fields(scopeSpans.Bytes!).ToList();
                var scope = scopeFields.Where(f => f.Number == 1).Select(f => Text(Fields(f.Bytes!).FirstOrDefault(g => g.Number == 1).Bytes)).FirstOrDefault() ?? string.Empty;
                foreach (var spanField in scopeFields.Where(f => f.Number == 2))
                {
                    var span = Fields(spanField.Bytes!).ToList();
                    var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var attribute in span.Where(f => f.Number == 9))
                    {
                        var pair = Fields(attribute.Bytes!).ToList();
                        var key = Text(pair.FirstOrDefault(f => f.Number == 1).Bytes);
                        var value = pair.FirstOrDefault(f => f.Number == 2).Bytes is { } any ? Fields(any).FirstOrDefault() : default;
                        attributes[key] = value.Bytes is { } text && value.Number == 1 ? Text(text) : value.Varint.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    yield return new Span(
                        Hex(span.FirstOrDefault(f => f.Number == 1).Bytes),
                        Hex(span.FirstOrDefault(f => f.Number == 2).Bytes),
                        Hex(span.FirstOrDefault(f => f.Number == 4).Bytes),
                        Text(span.FirstOrDefault(f => f.Number == 5).Bytes),
                        (int)span.FirstOrDefault(f => f.Number == 6).Varint,
                        scope,
                        attributes);
                }
            }
        }
    }

    private static IEnumerable<Field> Fields(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message, ref position);
            var number = (int)(tag >> 3);
            switch (tag & 7)
            {
                case 0:
                    yield return new Field(number, ReadVarint(message, ref position), null);
                    break;
                case 1:
                    yield return new Field(number, BitConverter.ToUInt64(message, position), null);
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    yield return new Field(number, 0, message[position..(position + length)]);
                    position += length;
                    break;
                case 5:
                    yield return new Field(number, BitConverter.ToUInt32(message, position), null);
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"Unexpected wire type {tag & 7}.");
            }
        }
    }

    private static ulong ReadVarint(byte[] message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static string Text(byte[]? bytes) => bytes is null ? string.Empty : Encoding.UTF8.GetString(bytes);

    private static string Hex(byte[]? bytes) => bytes is null ? string.Empty : Convert.ToHexStringLower(bytes);

    private readonly record struct Field(int Number, ulong Varint, byte[]? Bytes);

    /// <summary>One exported span. <see cref="Kind"/>: 2 server, 3 client, 1 internal.</summary>
    public sealed record Span(string TraceId, string SpanId, string ParentSpanId, string Name, int Kind, string Scope, IReadOnlyDictionary<string, string> Attributes);
}
