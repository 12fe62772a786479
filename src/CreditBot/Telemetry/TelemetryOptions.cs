namespace CreditBot.Telemetry;

/// <summary>
/// OpenTelemetry export. Nothing is collected or sent unless <see cref="OtlpEndpoint"/> is set (or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>): the default run has no collector to talk to.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Base address of an OTLP collector (<c>http://localhost:4318</c>); traces go to <c>/v1/traces</c>, metrics to <c>/v1/metrics</c>.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>http/protobuf</c> (default) or <c>grpc</c>.</summary>
    public string OtlpProtocol { get; set; } = "http/protobuf";

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "creditbot";
}
