using System.Diagnostics.Metrics;

namespace BackStrength.Bot.Turns;

/// <summary>
/// The bot's OpenTelemetry instruments (System.Diagnostics.Metrics, meter "BackStrength.Bot"): turns, turn
/// latency, failed turns, and how often people ask for an easier variation, which tells a physical therapist
/// whether the plans start too hard. No instrument carries anything about a person's health.
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "BackStrength.Bot";

    private readonly Meter _meter;

    public BotMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        Turns = _meter.CreateCounter<long>("backstrength.turns", description: "Activities handled");
        TurnDuration = _meter.CreateHistogram<double>("backstrength.turn.duration", unit: "ms", description: "Time to handle one activity");
        FailedTurns = _meter.CreateCounter<long>("backstrength.turns.failed", description: "Turns that ended in an error");
        EasierRequests = _meter.CreateCounter<long>("backstrength.easier_requests", description: "Requests for an easier variation");
    }

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public Counter<long> FailedTurns { get; }

    public Counter<long> EasierRequests { get; }

    public void Dispose() => _meter.Dispose();
}
