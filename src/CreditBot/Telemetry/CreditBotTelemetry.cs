using System.Diagnostics.Metrics;
using DiagnosticsActivity = System.Diagnostics.Activity;
using DiagnosticsActivitySource = System.Diagnostics.ActivitySource;

namespace CreditBot.Telemetry;

/// <summary>
/// CreditBot's own spans and meters: turns and ledger imports (delivery and digests add theirs here). Attributes
/// carry kinds, routes and counts only: never an amount, a name, a client's figures or a token.
/// </summary>
public static class CreditBotTelemetry
{
    public const string Name = "CreditBot";

    public static DiagnosticsActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("creditbot.turns", "{turn}", "Activities handled, by type and route.");

    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("creditbot.turn.duration", "ms", "Time to handle one activity.");

    private static readonly Counter<long> Imports = Meter.CreateCounter<long>("creditbot.imports", "{import}", "Ledger imports, by source and status.");

    private static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>("creditbot.import.duration", "ms", "Time to read, check and write one import.");

    /// <summary>The span of one turn; null when nobody listens (no exporter configured).</summary>
    public static DiagnosticsActivity? StartTurn(string? activityType)
    {
        var span = Source.StartActivity("turn");
        span?.SetTag("creditbot.activity.type", activityType ?? "none");
        return span;
    }

    public static void TurnHandled(DiagnosticsActivity? span, string? activityType, string route, double elapsedMs)
    {
        span?.SetTag("creditbot.route", route);
        var tags = new KeyValuePair<string, object?>[] { new("creditbot.activity.type", activityType ?? "none"), new("creditbot.route", route) };
        Turns.Add(1, tags);
        TurnDuration.Record(elapsedMs, tags);
    }

    public static DiagnosticsActivity? StartImport(string source)
    {
        var span = Source.StartActivity("import");
        span?.SetTag("creditbot.import.source", source);
        return span;
    }

    public static void ImportFinished(DiagnosticsActivity? span, string source, string status, double elapsedMs)
    {
        span?.SetTag("creditbot.import.status", status);
        var tags = new KeyValuePair<string, object?>[] { new("creditbot.import.source", source), new("creditbot.import.status", status) };
        Imports.Add(1, tags);
        ImportDuration.Record(elapsedMs, tags);
    }
}
