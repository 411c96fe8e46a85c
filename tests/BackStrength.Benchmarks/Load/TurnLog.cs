using System.Collections.Concurrent;

namespace BackStrength.Benchmarks.Load;

/// <summary>Everything measured while simulated people talk to a bot: each turn's latency, errors by kind, sessions finished.</summary>
public sealed class TurnLog
{
    private readonly ConcurrentQueue<double> _latenciesMs = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _sessionsCompleted;

    public void Record(TurnOutcome turn)
    {
        _latenciesMs.Enqueue(turn.Latency.TotalMilliseconds);
        if (turn.Error is not null)
        {
            AddError(turn.Error);
        }
    }

    /// <summary>A turn that succeeded over HTTP but did not bring the reply the script expected.</summary>
    public void RecordMissingReply(string what) => AddError($"missing reply: {what}");

    public void SessionCompleted() => Interlocked.Increment(ref _sessionsCompleted);

    public LoadSummary Summarise(TimeSpan elapsed)
    {
        var latencies = _latenciesMs.ToArray();
        Array.Sort(latencies);
        return new LoadSummary(
            latencies.Length,
            _sessionsCompleted,
            elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            new SortedDictionary<string, int>(_errors, StringComparer.Ordinal));
    }

    private void AddError(string kind) => _errors.AddOrUpdate(kind, 1, (_, count) => count + 1);

    /// <summary>Nearest-rank percentile of sorted values; 0 when nothing was measured.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>The outcome of one load run.</summary>
public sealed record LoadSummary(
    int Turns,
    int SessionsCompleted,
    TimeSpan Elapsed,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    IReadOnlyDictionary<string, int> Errors)
{
    public double TurnsPerSecond => Elapsed > TimeSpan.Zero ? Turns / Elapsed.TotalSeconds : 0;

    public int ErrorCount => Errors.Values.Sum();
}
