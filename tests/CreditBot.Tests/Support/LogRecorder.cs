using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CreditBot.Tests.Support;

/// <summary>Keeps every log event with its structured values, so tests can check what happened and in which order.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>The events of one id, in the order they were logged.</summary>
    public IReadOnlyList<LogEvent> WithId(int eventId) => [.. _events.Where(e => e.EventId == eventId)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IReadOnlyList<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value)
                : [];
            recorder._events.Enqueue(new LogEvent(category, logLevel, eventId.Id, formatter(state, exception), values, exception));
        }
    }
}

public sealed record LogEvent(string Category, LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
