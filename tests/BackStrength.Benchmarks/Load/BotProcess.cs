using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackStrength.Benchmarks.Load;

/// <summary>
/// A bot started as its own process (<c>dotnet &lt;dll&gt; --urls http://127.0.0.1:&lt;port&gt;</c>, logging at
/// Warning) from its build folder, so it finds its content files. Killed when disposed.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReadyPollInterval = TimeSpan.FromMilliseconds(20);
    private const int OutputLinesKept = 40;

    private readonly Process _process;
    private readonly Queue<string> _lastOutput = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "/api/messages");

    public int ProcessId => _process.Id;

    /// <summary>Process start to the first reply to a conversation start: the wait of the first person after a deploy.</summary>
    public TimeSpan ColdStart { get; private set; }

    /// <summary>Starts the bot and waits until it answers a turn.</summary>
    public static async Task<BotProcess> StartAsync(BotTarget target, HttpClient http, string channelId, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(target.AssemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { target.AssemblyPath, "--urls", baseAddress.ToString(), "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore=Warning" }
            .Concat(target.Settings.Select(setting => $"--{setting.Key}={setting.Value}")))
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {target.AssemblyPath}.");
        var bot = new BotProcess(process, baseAddress);
        process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitForFirstReplyAsync(http, channelId, cancellationToken);
            bot.ColdStart = clock.Elapsed;
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitForFirstReplyAsync(HttpClient http, string channelId, CancellationToken cancellationToken)
    {
        var connection = new BotConnection(http, MessagesEndpoint, channelId);
        var probe = new Conversation("cold-start-user", $"cold-start-{Guid.NewGuid():N}");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} while starting:\n{Output()}");
            }

            if ((await connection.SendAsync(probe, ScriptedInput.ConversationStart, cancellationToken)).Ok)
            {
                return;
            }

            await Task.Delay(ReadyPollInterval, cancellationToken);
        }

        throw new TimeoutException($"The bot did not answer within {StartTimeout.TotalSeconds} s:\n{Output()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastOutput)
        {
            _lastOutput.Enqueue(line);
            if (_lastOutput.Count > OutputLinesKept)
            {
                _lastOutput.Dequeue();
            }
        }
    }

    private string Output()
    {
        lock (_lastOutput)
        {
            return string.Join('\n', _lastOutput);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A bot to measure: its built assembly and the configuration it runs with (e.g. Storage:Provider).</summary>
public sealed record BotTarget(string Name, string AssemblyPath, IReadOnlyDictionary<string, string> Settings);
