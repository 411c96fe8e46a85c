using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Contract;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackStrength.Storage.Tests.Durability;

/// <summary>
/// The child process of <see cref="SqliteDurabilityTests"/>: writes state one item at a time, announces that every
/// write returned, then waits with the database still open until it is killed.
/// </summary>
public static class DurabilityWriter
{
    public const string Command = "write-then-wait";
    public const string WrittenSignal = "all-writes-returned";
    public const int ItemCount = 25;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [Command, var databaseFile])
        {
            await Console.Error.WriteLineAsync($"Usage: {Command} <database file>");
            return 2;
        }

        var storage = new SqliteStorage(databaseFile, TimeProvider.System, NullLogger<SqliteStorage>.Instance);
        for (var i = 0; i < ItemCount; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [KeyFor(i)] = new ExerciseLog { Exercise = "bridge", Repetitions = i } });
        }

        await Console.Out.WriteLineAsync(WrittenSignal);
        await Console.Out.FlushAsync();
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    public static string KeyFor(int index) => $"webchat/users/user-{index}";
}
