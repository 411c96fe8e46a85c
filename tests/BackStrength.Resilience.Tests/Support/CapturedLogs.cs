using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>Every log entry the host writes, formatted as an operator would read it, with its exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>All entries as one text, exceptions and scopes included, for "is X anywhere in the logs" checks.</summary>
    public string AllText => string.Join("\n", _entries.Select(entry => entry.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        private readonly AsyncLocal<List<string>?> _scopes = new();

        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            var outer = _scopes.Value;
            _scopes.Value = [.. outer ?? [], Describe(state)];
            return new Scope(() => _scopes.Value = outer);
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception, string.Join("; ", _scopes.Value ?? [])));

        private static string Describe(object state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
            : state.ToString() ?? string.Empty;
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception, string Scopes)
{
    public override string ToString() => $"{Level} {Category}: {Message} [{Scopes}] {Exception}";
}
