using System.Globalization;
using System.Text;

namespace BackStrength.Benchmarks.Load;

/// <summary>The load report as Markdown: one row per bot and store, the state sizes, and each target of issue 10 met or missed.</summary>
public static class ResultsTable
{
    private const double MemoryThroughputTarget = 0.60;
    private const double MemoryP99Target = 2.0;
    private const double SqliteThroughputTarget = 0.40;
    private const long UserStateTargetBytes = 8 * 1024;
    private const long ConversationStateTargetBytes = 4 * 1024;
    private static readonly TimeSpan ColdStartTarget = TimeSpan.FromSeconds(2);

    public static string Render(LoadReport report)
    {
        var text = new StringBuilder();
        var settings = report.Settings;
        Line(text, $"{settings.Users} simulated people, {settings.Warmup.TotalSeconds:0} s warm-up, {settings.Duration.TotalSeconds:0} s measured{(settings.SessionsPerUser is { } sessions ? $" (at most {sessions} sessions each)" : string.Empty)}; a first-time session is {report.TurnsPerSession} turns. \"vs echo by CPU\" is echo's CPU time per turn over ours: the throughput ratio when both are CPU-bound, and steadier than turns per second on a shared machine. \"Driver CPU ms/turn\" is what this program spent sending each turn and reading its reply, on the same cores.");
        Line(text, string.Empty);
        Line(text, "| Bot | Store | Turns/s | vs echo | CPU ms/turn | vs echo by CPU | Driver CPU ms/turn | p50 ms | p95 ms | p99 ms | p99 vs echo | Errors | Sessions | Peak memory MiB | Cold start ms |");
        Line(text, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row(text, "echo", "none", report.Echo, report.Echo);
        Row(text, "echo + BotState", "SDK MemoryStorage", report.StatefulEcho, report.Echo);
        Row(text, "echo, channel clients kept", "none", report.KeptClientsEcho, report.Echo);
        foreach (var ours in report.Ours)
        {
            Row(text, "BackStrength", ours.Name, ours, report.Echo);
        }

        var errors = report.All.Where(result => result.Load.ErrorCount > 0).ToList();
        if (errors.Count > 0)
        {
            Line(text, string.Empty);
            foreach (var result in errors)
            {
                Line(text, $"Errors of {result.Name}: {string.Join(", ", result.Load.Errors.Select(error => $"{error.Key} × {error.Value}"))}.");
            }
        }

        if (report.StateSizes is { } sizes)
        {
            Line(text, string.Empty);
            Line(text, "| Stored state (SQLite, after the run) | Rows | Median bytes | Largest bytes |");
            Line(text, "|---|---:|---:|---:|");
            Line(text, $"| Per person (user state) | {sizes.PerUser.Rows} | {sizes.PerUser.MedianBytes} | {sizes.PerUser.LargestBytes} |");
            Line(text, $"| Per conversation (conversation state) | {sizes.PerConversation.Rows} | {sizes.PerConversation.MedianBytes} | {sizes.PerConversation.LargestBytes} |");
        }

        Line(text, string.Empty);
        Line(text, "| Target | Measured | Met |");
        Line(text, "|---|---|---|");
        foreach (var target in Targets(report))
        {
            Line(text, $"| {target.Goal} | {target.Measured} | {(target.Met ? "yes" : "**no**")} |");
        }

        return text.ToString();
    }

    private static IEnumerable<(string Goal, string Measured, bool Met)> Targets(LoadReport report)
    {
        var echo = report.Echo.Load;
        if (report.Ours.FirstOrDefault(result => result.Name == "Memory") is { } memory)
        {
            var throughput = Ratio(memory.Load.TurnsPerSecond, echo.TurnsPerSecond);
            yield return ("Memory: throughput ≥ 60% of echo", Throughput(memory, report.Echo), throughput >= MemoryThroughputTarget);
            var p99 = Ratio(memory.Load.P99Ms, echo.P99Ms);
            yield return ("Memory: p99 ≤ 2 × echo p99", $"{p99:0.00} ×", p99 <= MemoryP99Target);
        }

        if (report.Ours.FirstOrDefault(result => result.Name == "Sqlite") is { } sqlite)
        {
            var throughput = Ratio(sqlite.Load.TurnsPerSecond, echo.TurnsPerSecond);
            yield return ("SQLite: throughput ≥ 40% of echo", Throughput(sqlite, report.Echo), throughput >= SqliteThroughputTarget);
        }

        if (report.StateSizes is { } sizes)
        {
            yield return ("State < 8 KB per person (largest)", $"{sizes.PerUser.LargestBytes} B", sizes.PerUser.LargestBytes < UserStateTargetBytes);
            yield return ("State < 4 KB per conversation (largest)", $"{sizes.PerConversation.LargestBytes} B", sizes.PerConversation.LargestBytes < ConversationStateTargetBytes);
        }

        foreach (var ours in report.Ours)
        {
            yield return ($"{ours.Name}: cold start < 2 s (median)", Milliseconds(ours.MedianColdStart), ours.MedianColdStart < ColdStartTarget);
        }

        var errorCount = report.All.Sum(result => result.Load.ErrorCount);
        yield return ("No errors (non-2xx, timeouts, missing replies)", errorCount.ToString(CultureInfo.InvariantCulture), errorCount == 0);
    }

    private static void Row(StringBuilder text, string bot, string store, TargetResult result, TargetResult echo)
    {
        var load = result.Load;
        Line(text, string.Create(CultureInfo.InvariantCulture,
            $"| {bot} | {store} | {load.TurnsPerSecond:0.0} | {Percent(Ratio(load.TurnsPerSecond, echo.Load.TurnsPerSecond))} | {result.CpuPerTurn.TotalMilliseconds:0.00} | {Percent(Ratio(echo.CpuPerTurn.TotalMilliseconds, result.CpuPerTurn.TotalMilliseconds))} | {result.DriverCpuPerTurn.TotalMilliseconds:0.00} | {load.P50Ms:0.0} | {load.P95Ms:0.0} | {load.P99Ms:0.0} | {Ratio(load.P99Ms, echo.Load.P99Ms):0.00} × | {load.ErrorCount} | {load.SessionsCompleted} | {result.PeakMebibytes:0} | {Milliseconds(result.MedianColdStart)} |"));
    }

    /// <summary>Measured turns per second against echo's, and the same comparison by CPU time per turn.</summary>
    private static string Throughput(TargetResult ours, TargetResult echo) =>
        $"{Percent(Ratio(ours.Load.TurnsPerSecond, echo.Load.TurnsPerSecond))} ({Percent(Ratio(echo.CpuPerTurn.TotalMilliseconds, ours.CpuPerTurn.TotalMilliseconds))} by CPU time per turn)";

    private static double Ratio(double ours, double echo) => echo > 0 ? ours / echo : 0;

    private static string Percent(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:0}%");

    private static string Milliseconds(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0}");

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
