using System.Globalization;

namespace BackStrength.Benchmarks.Load;

/// <summary>
/// Samples a process's resident set (its working set, <c>VmRSS</c> in <c>/proc/&lt;pid&gt;/status</c>) while it
/// runs, and keeps the highest value, also checking the kernel's own high-water mark (<c>VmHWM</c>).
/// </summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly int _processId;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakKilobytes;

    public PeakMemorySampler(int processId)
    {
        _processId = processId;
        _sampling = SampleAsync(_stop.Token);
    }

    /// <summary>The highest resident set seen so far, in MiB.</summary>
    public double PeakMebibytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakKilobytes) / 1024.0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                Sample();
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync.
        }
    }

    private void Sample()
    {
        foreach (var kilobytes in ReadStatus("VmRSS:", "VmHWM:"))
        {
            long seen;
            do
            {
                seen = Interlocked.Read(ref _peakKilobytes);
            }
            while (kilobytes > seen && Interlocked.CompareExchange(ref _peakKilobytes, kilobytes, seen) != seen);
        }
    }

    private IEnumerable<long> ReadStatus(params string[] fields)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{_processId}/status");
        }
        catch (IOException)
        {
            // The process has exited: its peak was sampled before.
            yield break;
        }

        foreach (var line in lines.Where(line => fields.Any(field => line.StartsWith(field, StringComparison.Ordinal))))
        {
            // "VmRSS:	  123456 kB"
            yield return long.Parse(line.Split(' ', '\t').Where(part => part.Length > 0).ElementAt(1), CultureInfo.InvariantCulture);
        }
    }
}
