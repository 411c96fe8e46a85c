namespace BackStrength.Benchmarks.Load;

/// <summary>Plays one complete session of a simulated person in a new conversation.</summary>
public interface ISessionDriver
{
    Task<SessionOutcome> RunAsync(Conversation conversation, TurnLog log, RunWindow window, CancellationToken cancellationToken);
}

public enum SessionResult
{
    Completed,

    /// <summary>The run's time was up before the session ended; not an error.</summary>
    Abandoned,

    /// <summary>A turn failed or the bot did not give the reply the script expected.</summary>
    Failed,
}

/// <summary>How a session ended, and what the person sent (so the echo bot can be sent the very same turns).</summary>
public sealed record SessionOutcome(SessionResult Result, IReadOnlyList<ScriptedInput> Inputs, string? Problem = null);

/// <summary>The turns of one session: sends, records each turn in the log, and remembers what was sent.</summary>
internal sealed class SessionTurns(BotConnection connection, Conversation conversation, TurnLog log, RunWindow window)
{
    private readonly List<ScriptedInput> _sent = [];

    public IReadOnlyList<ScriptedInput> Sent => _sent;

    /// <summary>Null once the run's time is up: the session stops between turns, never in the middle of one.</summary>
    public async Task<TurnOutcome?> SendAsync(ScriptedInput input, CancellationToken cancellationToken)
    {
        if (window.IsOver)
        {
            return null;
        }

        _sent.Add(input);
        var turn = await connection.SendAsync(conversation, input, cancellationToken);
        log.Record(turn);
        return turn;
    }

    /// <summary>How the session ends after this turn: abandoned when time was up, failed when the turn failed; null to carry on.</summary>
    public SessionOutcome? Stopped(TurnOutcome? turn) => turn switch
    {
        null => new SessionOutcome(SessionResult.Abandoned, _sent),
        { Ok: false } => new SessionOutcome(SessionResult.Failed, _sent, turn.Error),
        _ => null,
    };

    public SessionOutcome MissingReply(string expected)
    {
        log.RecordMissingReply(expected);
        return new SessionOutcome(SessionResult.Failed, _sent, $"missing reply: {expected}");
    }

    public SessionOutcome Completed()
    {
        log.SessionCompleted();
        return new SessionOutcome(SessionResult.Completed, _sent);
    }
}

/// <summary>A measuring period: people stop starting new turns once it is over.</summary>
public sealed class RunWindow(TimeSpan length)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public static RunWindow Unbounded { get; } = new(TimeSpan.MaxValue);

    public bool IsOver => _clock.Elapsed >= length;

    public TimeSpan Elapsed => _clock.Elapsed;
}
