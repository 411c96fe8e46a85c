namespace BackStrength.Benchmarks.Load;

/// <summary>
/// The echo bot's person: sends exactly the turns a real coaching session sent (recorded from a probe session),
/// in a new conversation, and expects a reply to each.
/// </summary>
public sealed class ReplaySessionDriver(BotConnection connection, IReadOnlyList<ScriptedInput> recorded) : ISessionDriver
{
    public async Task<SessionOutcome> RunAsync(Conversation conversation, TurnLog log, RunWindow window, CancellationToken cancellationToken)
    {
        var turns = new SessionTurns(connection, conversation, log, window);
        foreach (var input in recorded)
        {
            if (turns.Stopped(await turns.SendAsync(input, cancellationToken)) is { } stopped)
            {
                return stopped;
            }
        }

        return turns.Completed();
    }
}
