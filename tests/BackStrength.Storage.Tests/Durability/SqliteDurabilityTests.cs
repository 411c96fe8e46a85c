using System.Diagnostics;
using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Contract;
using BackStrength.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackStrength.Storage.Tests.Durability;

public sealed class SqliteDurabilityTests : IDisposable
{
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Writes_that_returned_survive_the_process_being_killed()
    {
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var child = StartWriter();
        child.ErrorDataReceived += (_, line) => errors.Enqueue(line.Data ?? string.Empty);
        child.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(ChildTimeout);
            var signal = await child.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.True(signal == DurabilityWriter.WrittenSignal, $"The writer stopped early: {signal}\n{string.Join('\n', errors)}");
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The writer did not finish within {ChildTimeout.TotalSeconds} s:\n{string.Join('\n', errors)}");
        }
        finally
        {
            // Process.Kill sends SIGKILL on Unix: no finalisers, no connection close, no checkpoint.
            child.Kill();
            await child.WaitForExitAsync();
        }

        var storage = new SqliteStorage(_folder.DatabaseFile, TimeProvider.System, NullLogger<SqliteStorage>.Instance);
        var keys = Enumerable.Range(0, DurabilityWriter.ItemCount).Select(DurabilityWriter.KeyFor).ToArray();
        var items = await storage.ReadAsync(keys);
        Assert.Equal(keys.Length, items.Count);
        Assert.All(Enumerable.Range(0, keys.Length), i => Assert.Equal(i, ((ExerciseLog)items[keys[i]]).Repetitions));
    }

    public void Dispose() => _folder.Dispose();

    private Process StartWriter()
    {
        // DOTNET_HOST_PATH is set by `dotnet test`; it names the same dotnet that runs these tests.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(DurabilityWriter).Assembly.Location);
        start.ArgumentList.Add(DurabilityWriter.Command);
        start.ArgumentList.Add(_folder.DatabaseFile);
        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dotnet}.");
    }
}
