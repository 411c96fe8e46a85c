using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>
/// The built bot as a real process (dotnet BackStrength.Bot.dll) on a loopback port of its own choosing, configured
/// through environment variables as in a deployment. It can be killed outright (SIGKILL) to test what survives a crash.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HttpClient? _client;

    private BotProcess(Process process) => _process = process;

    public HttpClient Client => _client ?? throw new InvalidOperationException("The bot has not started listening yet.");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var binaries = Path.Combine(RepositoryRoot.Find(), "src", "BackStrength.Bot", "bin", "Debug", "net10.0");
        var dll = Path.Combine(binaries, "BackStrength.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build src/BackStrength.Bot first (building this test project does).");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = binaries,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Port 0: the bot binds a port the system hands it, so no parallel test or outbound connection can take
        // it first; its "Now listening on" log line says which one it got.
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, line) => bot.Record(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilReadyAsync();
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    /// <summary>SIGKILL: no shutdown, no flushing; whatever was not durably written is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _client?.Dispose();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        try
        {
            var exited = _process.WaitForExitAsync(deadline.Token);
            if (await Task.WhenAny(_listening.Task, exited) != _listening.Task)
            {
                await exited;
                throw new InvalidOperationException($"The bot process exited with code {_process.ExitCode} before listening:\n{Output}");
            }

            _client = new HttpClient { BaseAddress = await _listening.Task, Timeout = TimeSpan.FromSeconds(60) };
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The bot process exited with code {_process.ExitCode}:\n{Output}");
                }

                try
                {
                    using var response = await _client.GetAsync("readyz", deadline.Token);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Listening, but not serving yet.
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"The bot process was not ready within {StartTimeout.TotalSeconds} s:\n{Output}");
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value.TrimEnd('/') + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
    private static partial Regex ListeningOn();
}
