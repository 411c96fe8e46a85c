using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackStrength.Tests.Shared;

/// <summary>
/// The repository's Azurite blob emulator (node_modules/.bin/azurite-blob) on a fixed free port and data folder,
/// so it can be stopped to simulate an outage and started again with everything it stored. Shared by the test
/// projects that need a real blob service (linked from tests/Shared).
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    // Azurite's published development account; it only exists inside the local emulator.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly int _port = FreeLoopbackPort();
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("backstrength-azurite-").FullName;
    private readonly System.Text.StringBuilder _output = new();
    private Process? _process;
    private TaskCompletionSource? _closed;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};BlobEndpoint=http://127.0.0.1:{_port}/{Account};";

    public async Task StartAsync()
    {
        var executable = Path.Combine(RepositoryRoot.Find(), "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed ({executable} is missing): run `npm ci` in the repository root.");
        }

        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _dataFolder, "--skipApiVersionCheck", "--loose" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = _closed;
        _process.OutputDataReceived += (_, line) =>
        {
            Record(line.Data);
            if (line.Data?.Contains("successfully closed", StringComparison.Ordinal) == true)
            {
                closed.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(StartTimeout);
        while (!await AcceptsConnectionsAsync(deadline.Token))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before accepting connections:\n{Output()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
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
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
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

    private async Task<bool> AcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, _port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
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

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
