namespace BackStrength.Benchmarks.Load;

/// <summary>
/// The whole load benchmark: our bot on each store, then the echo bot sent the very same turns, bare, keeping
/// BotState, and keeping the SDK's channel clients; for each, cold
/// starts, a probe session that must reach the summary, the measured load, and peak memory; then the stored
/// state sizes from the SQLite run.
/// </summary>
public sealed class LoadBenchmark(LoadBenchmarkOptions options, TextWriter progress)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(60);

    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var script = SessionScript.Load(Path.Combine(AppContext.BaseDirectory, "Load", SessionScript.FileName));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Load.Users * 2 }) { Timeout = TurnTimeout };

        var ours = new List<TargetResult>();
        foreach (var target in options.BotTargets)
        {
            ours.Add(await MeasureAsync(target, http, script.ChannelId, connection => new CoachingSessionDriver(connection, script), cancellationToken));
        }

        var recordedSession = ours[0].ProbeSession;
        var echo = await MeasureAsync(options.EchoTarget, http, script.ChannelId, connection => new ReplaySessionDriver(connection, recordedSession), cancellationToken);
        var statefulEcho = await MeasureAsync(options.StatefulEchoTarget, http, script.ChannelId, connection => new ReplaySessionDriver(connection, recordedSession), cancellationToken);
        var keptClientsEcho = await MeasureAsync(options.KeptClientsEchoTarget, http, script.ChannelId, connection => new ReplaySessionDriver(connection, recordedSession), cancellationToken);
        var stateSizes = options.SqliteFolder is { } folder
            ? await StoredStateSizes.ReadAsync(folder, script.ChannelId, cancellationToken)
            : null;
        return new LoadReport(options.Load, echo, statefulEcho, keptClientsEcho, ours, stateSizes, recordedSession.Count);
    }

    private async Task<TargetResult> MeasureAsync(BotTarget target, HttpClient http, string channelId,
        Func<BotConnection, ISessionDriver> driverFor, CancellationToken cancellationToken)
    {
        progress.WriteLine($"{target.Name}: {options.ColdStarts} cold starts");
        var coldStarts = new List<TimeSpan>();
        for (var start = 1; start < options.ColdStarts; start++)
        {
            await using var discarded = await BotProcess.StartAsync(target, http, channelId, cancellationToken);
            coldStarts.Add(discarded.ColdStart);
        }

        await using var bot = await BotProcess.StartAsync(target, http, channelId, cancellationToken);
        coldStarts.Add(bot.ColdStart);
        await using var memory = new PeakMemorySampler(bot.ProcessId);
        var driver = driverFor(new BotConnection(http, bot.MessagesEndpoint, channelId));

        var probe = await driver.RunAsync(new Conversation($"{target.Name}-probe", $"{target.Name}-probe-conversation"), new TurnLog(), RunWindow.Unbounded, cancellationToken);
        if (probe.Result != SessionResult.Completed)
        {
            throw new InvalidOperationException($"The probe session of {target.Name} did not reach its summary: {probe.Problem}");
        }

        progress.WriteLine($"{target.Name}: probe session completed in {probe.Inputs.Count} turns; {options.Load.Users} people for {options.Load.Duration.TotalSeconds:0} s after {options.Load.Warmup.TotalSeconds:0} s of warm-up");
        var run = new LoadRun(driver, options.Load);
        await run.WarmUpAsync(target.Name, cancellationToken);
        var cpuBefore = ProcessCpuTime.Read(bot.ProcessId);
        var driverBefore = ProcessCpuTime.Read(Environment.ProcessId);
        var summary = await run.MeasureAsync(target.Name, cancellationToken);
        var cpuPerTurn = (ProcessCpuTime.Read(bot.ProcessId) - cpuBefore) / Math.Max(1, summary.Turns);
        var driverPerTurn = (ProcessCpuTime.Read(Environment.ProcessId) - driverBefore) / Math.Max(1, summary.Turns);
        progress.WriteLine($"{target.Name}: {summary.Turns} turns, {summary.TurnsPerSecond:0.0}/s, p99 {summary.P99Ms:0.0} ms, {cpuPerTurn.TotalMilliseconds:0.00} CPU ms/turn, driver {driverPerTurn.TotalMilliseconds:0.000} CPU ms/turn, {summary.ErrorCount} errors");
        return new TargetResult(target.Name, summary, cpuPerTurn, driverPerTurn, Median(coldStarts), memory.PeakMebibytes, probe.Inputs);
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);
}

/// <summary>What the load benchmark measured for one bot on one store.</summary>
/// <param name="DriverCpuPerTurn">What this program spent per turn sending and reading, on the cores the bot also uses.</param>
public sealed record TargetResult(string Name, LoadSummary Load, TimeSpan CpuPerTurn, TimeSpan DriverCpuPerTurn, TimeSpan MedianColdStart, double PeakMebibytes, IReadOnlyList<ScriptedInput> ProbeSession);

/// <param name="StatefulEcho">The echo bot loading and saving conversation and user state every turn.</param>
/// <param name="KeptClientsEcho">The echo bot keeping the SDK's channel clients between turns, as BackStrength does.</param>
public sealed record LoadReport(LoadSettings Settings, TargetResult Echo, TargetResult StatefulEcho, TargetResult KeptClientsEcho, IReadOnlyList<TargetResult> Ours, StateSizes? StateSizes, int TurnsPerSession)
{
    public IEnumerable<TargetResult> All => Ours.Prepend(KeptClientsEcho).Prepend(StatefulEcho).Prepend(Echo);
}
