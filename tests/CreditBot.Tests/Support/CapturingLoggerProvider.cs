using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CreditBot.Tests.Support;

/// <summary>
/// Keeps every log event in memory, with its formatted message, its structured values and its
/// scopes, as a log sink would receive them. Add it to an app with <c>services.AddSingleton&lt;ILoggerProvider&gt;(provider)</c>.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> events = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Events => [.. events];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<string?>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                values.AddRange(pairs.Where(p => p.Key != "{OriginalFormat}").Select(p => p.Value?.ToString()));
            }

            var scopeTexts = new List<string?>();
            provider.scopes.ForEachScope(
                (scope, list) =>
                {
                    list.Add(scope?.ToString());
                    if (scope is IEnumerable<KeyValuePair<string, object?>> scopePairs)
                    {
                        list.AddRange(scopePairs.Where(p => p.Key != "{OriginalFormat}").Select(p => p.Value?.ToString()));
                    }
                },
                scopeTexts);
            provider.events.Enqueue(new CapturedLog(category, logLevel, eventId.Id, formatter(state, exception), values, scopeTexts));
        }
    }
}

/// <summary>One log event: what a sink would write.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message, IReadOnlyList<string?> Values, IReadOnlyList<string?> Scopes)
{
    /// <summary>The message, its structured values and its scopes: every text a sink may write.</summary>
    public IEnumerable<string> Texts => new[] { Message }.Concat(Values).Concat(Scopes).OfType<string>();
}
