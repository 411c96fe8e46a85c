using System.Globalization;

namespace BackStrength.Benchmarks.Load;

/// <summary>
/// The CPU time a process has used so far (user + system, <c>/proc/&lt;pid&gt;/stat</c>). On a shared, busy machine
/// turns per second depend on what else runs; CPU time per turn barely does, so it compares bots fairly.
/// </summary>
public static class ProcessCpuTime
{
    // The kernel reports CPU time in clock ticks; USER_HZ is 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan Read(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // The command name (field 2) is in parentheses and may contain spaces; fields are counted after it.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var userTicks = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var systemTicks = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((userTicks + systemTicks) / TicksPerSecond);
    }
}
