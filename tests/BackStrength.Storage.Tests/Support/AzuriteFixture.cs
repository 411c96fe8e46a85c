using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;

namespace BackStrength.Storage.Tests.Support;

/// <summary>
/// Runs the repository's own Azurite blob emulator (from node_modules) on a free local port for the tests of
/// one class, and stops it with its whole process tree afterwards.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's published development account; it only ever exists inside the local emulator.
    private const string DevelopmentAccount = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _output = new();
    private Process? _azurite;
    private string? _dataFolder;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A container no other test uses, so tests can run in any order.</summary>
    public BlobContainerClient NewContainer() =>
        new BlobServiceClient(ConnectionString).GetBlobContainerClient($"test-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        var repositoryRoot = RepositoryRoot.Find();
        var executable = Path.Combine(repositoryRoot, "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({executable} is missing). Run `npm ci` in {repositoryRoot}, then run the tests again.");
        }

        var port = FreeLoopbackPort();
        _dataFolder = Directory.CreateTempSubdirectory("backstrength-azurite-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--location", _dataFolder, "--silent", "--skipApiVersionCheck", "--loose",
        })
        {
            start.ArgumentList.Add(argument);
        }

        _azurite = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        _azurite.OutputDataReceived += (_, line) => Record(line.Data);
        _azurite.ErrorDataReceived += (_, line) => Record(line.Data);
        _azurite.BeginOutputReadLine();
        _azurite.BeginErrorReadLine();

        await WaitUntilListeningAsync(port);
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccount};AccountKey={DevelopmentKey};" +
            $"BlobEndpoint=http://127.0.0.1:{port}/{DevelopmentAccount};";
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            _azurite.Kill(entireProcessTree: true);
            await _azurite.WaitForExitAsync();
            _azurite.Dispose();
        }

        if (_dataFolder is not null)
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        try
        {
            while (!await AcceptsConnectionsAsync(port, deadline.Token))
            {
                if (_azurite!.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_azurite.ExitCode} before accepting connections:\n{Output()}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Azurite did not accept connections on port {port} within {StartTimeout.TotalSeconds} s:\n{Output()}");
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
}
