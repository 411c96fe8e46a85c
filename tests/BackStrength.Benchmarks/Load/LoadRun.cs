namespace BackStrength.Benchmarks.Load;

/// <summary>
/// N simulated people, each running complete sessions one after another (same person, a new conversation
/// each time), first for a warm-up that is not measured, then for the measured period or session count.
/// </summary>
public sealed class LoadRun(ISessionDriver driver, LoadSettings settings)
{
    private int _conversationCount;

    /// <summary>Sessions that let the bot load, compile and fill its caches; nothing is recorded.</summary>
    public async Task WarmUpAsync(string runName, CancellationToken cancellationToken) =>
        await RunPeopleAsync(runName, new RunWindow(settings.Warmup), sessionLimit: null, new TurnLog(), cancellationToken);

    public async Task<LoadSummary> MeasureAsync(string runName, CancellationToken cancellationToken)
    {
        var log = new TurnLog();
        var window = new RunWindow(settings.Duration);
        await RunPeopleAsync(runName, window, settings.SessionsPerUser, log, cancellationToken);
        return log.Summarise(window.Elapsed);
    }

    private async Task RunPeopleAsync(string runName, RunWindow window, int? sessionLimit, TurnLog log, CancellationToken cancellationToken) =>
        await Task.WhenAll(Enumerable.Range(1, settings.Users).Select(person =>
            Task.Run(() => RunSessionsAsync($"{runName}-user-{person}", window, sessionLimit, log, cancellationToken), cancellationToken)));

    private async Task RunSessionsAsync(string userId, RunWindow window, int? sessionLimit, TurnLog log, CancellationToken cancellationToken)
    {
        for (var session = 0; !window.IsOver && (sessionLimit is null || session < sessionLimit); session++)
        {
            var conversation = new Conversation(userId, $"{userId}-conversation-{Interlocked.Increment(ref _conversationCount)}");
            // A failed session is counted in the log; the person then starts a new one, as a real one would.
            await driver.RunAsync(conversation, log, window, cancellationToken);
        }
    }
}

/// <summary>How hard and how long the load run pushes each bot.</summary>
public sealed record LoadSettings(int Users, TimeSpan Warmup, TimeSpan Duration, int? SessionsPerUser);
