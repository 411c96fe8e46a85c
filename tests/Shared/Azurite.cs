using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BackStrength.Tests.Shared;

/// <summary>
/// The repository's Azurite blob emulator (node_modules/.bin/azurite-blob) with its own data folder, so it can be
/// stopped to simulate an outage and started again, on the same port, with everything it stored. Shared by the
/// test projects that need a real blob service (linked from tests/Shared).
/// </summary>
public sealed partial class Azurite : IAsyncDisposable
{
    // Azurite's published development account; it only exists inside the local emulator.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("backstrength-azurite-").FullName;
    private readonly System.Text.StringBuilder _output = new();
    private Process? _process;
    private TaskCompletionSource? _closed;

    // 0 until the first start: Azurite then binds a port the system hands it, so no parallel test can take it
    // first, and reports which one; later starts (after an outage) reuse it, as clients know no other.
    private int _port;

    public string ConnectionString => _port == 0
        ? throw new InvalidOperationException("Start Azurite first: its port is known once it listens.")
        : $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};BlobEndpoint=http://127.0.0.1:{_port}/{Account};";

    public async Task StartAsync()
    {
        var executable = Path.Combine(RepositoryRoot.Find(), "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed ({executable} is missing): run `npm ci` in the repository root.");
        }

        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", _port.ToString(CultureInfo.InvariantCulture), "--location", _dataFolder, "--skipApiVersionCheck", "--loose" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = _closed;
        // Readiness is this process saying it listens, not any answer on the port, which could be someone else's.
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, line) =>
        {
            Record(line.Data);
            if (line.Data is null)
            {
                return;
            }

            if (ListeningOn().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture));
            }
            else if (line.Data.Contains("successfully closed", StringComparison.Ordinal))
            {
                closed.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(StartTimeout);
        var exited = _process.WaitForExitAsync(deadline.Token);
        try
        {
            if (await Task.WhenAny(listening.Task, exited) != listening.Task)
            {
                await exited;
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening on port {_port}:\n{Output()}");
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Azurite was not listening within {StartTimeout.TotalSeconds} s:\n{Output()}");
        }

        _port = await listening.Task;
    }

    /// <summary>
    /// The outage: the emulator and its port are gone, its data stays on disk. Azurite is interrupted (SIGINT)
    /// first, because it keeps its blob index in memory and saves it when it closes; once it reports that, the
    /// process (which lingers) is ended.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            await _closed!.Task.WaitAsync(StartTimeout);
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    [GeneratedRegex(@"successfully listens on http://[^:]+:(?<port>\d+)")]
    private static partial Regex ListeningOn();
}
