using System.Globalization;

namespace BackStrength.Benchmarks.Load;

/// <summary>
/// The load benchmark's command line:
/// <c>--bot &lt;dll&gt; --echo &lt;dll&gt; [--users 32] [--duration 30] [--warmup 20] [--sessions N] [--cold-starts 3]
/// [--stores Memory,Sqlite,AzureBlob] [--azurite &lt;connection string&gt;] [--work &lt;folder&gt;] [--output &lt;file.md&gt;]</c>.
/// </summary>
public sealed class LoadBenchmarkOptions
{
    private const string Memory = "Memory";
    private const string Sqlite = "Sqlite";
    private const string AzureBlob = "AzureBlob";

    public required LoadSettings Load { get; init; }

    public required IReadOnlyList<BotTarget> BotTargets { get; init; }

    public required BotTarget EchoTarget { get; init; }

    /// <summary>The same echo bot keeping a counter in conversation and user state (the SDK's MemoryStorage).</summary>
    public required BotTarget StatefulEchoTarget { get; init; }

    /// <summary>The same echo bot keeping the SDK's channel clients between turns, as BackStrength does.</summary>
    public required BotTarget KeptClientsEchoTarget { get; init; }

    /// <summary>Where the SQLite run keeps its database, read afterwards for the state sizes; null without a SQLite run.</summary>
    public string? SqliteFolder { get; init; }

    public int ColdStarts { get; init; } = 3;

    public string? OutputFile { get; init; }

    public static LoadBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value' pairs, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");
        int Number(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        var bot = Path.GetFullPath(Required("bot"));
        var work = Path.GetFullPath(values.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), $"backstrength-benchmark-{DateTime.UtcNow:yyyyMMddHHmmss}"));
        var sqliteFolder = Path.Combine(work, "sqlite");
        var stores = (values.GetValueOrDefault("stores") ?? $"{Memory},{Sqlite},{AzureBlob}")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var azurite = values.GetValueOrDefault("azurite");
        var targets = new List<BotTarget>();
        foreach (var store in stores)
        {
            targets.Add(store switch
            {
                _ when store.Equals(Memory, StringComparison.OrdinalIgnoreCase) => Ours(bot, Memory, []),
                _ when store.Equals(Sqlite, StringComparison.OrdinalIgnoreCase) => Ours(bot, Sqlite, new() { ["Storage:Sqlite:Folder"] = sqliteFolder }),
                _ when store.Equals(AzureBlob, StringComparison.OrdinalIgnoreCase) => Ours(bot, AzureBlob, new()
                {
                    ["Storage:AzureBlob:ConnectionString"] = azurite ?? throw new ArgumentException("The AzureBlob store needs --azurite <connection string>."),
                    ["Storage:AzureBlob:Container"] = $"benchmark-{DateTime.UtcNow:yyyyMMddHHmmss}",
                }),
                _ => throw new ArgumentException($"Unknown store '{store}'. Use {Memory}, {Sqlite} or {AzureBlob}."),
            });
        }

        if (targets.Count == 0)
        {
            throw new ArgumentException("--stores names no store.");
        }

        return new LoadBenchmarkOptions
        {
            Load = new LoadSettings(
                Number("users", 32),
                TimeSpan.FromSeconds(Number("warmup", 20)),
                TimeSpan.FromSeconds(Number("duration", 30)),
                values.ContainsKey("sessions") ? Number("sessions", 0) : null),
            BotTargets = targets,
            EchoTarget = new BotTarget("echo", Path.GetFullPath(Required("echo")), new Dictionary<string, string>()),
            StatefulEchoTarget = new BotTarget("echo-state", Path.GetFullPath(Required("echo")), new Dictionary<string, string> { ["Echo:KeepState"] = "true" }),
            KeptClientsEchoTarget = new BotTarget("echo-kept-clients", Path.GetFullPath(Required("echo")), new Dictionary<string, string> { ["Echo:KeepChannelClients"] = "true" }),
            SqliteFolder = targets.Any(target => target.Name == Sqlite) ? sqliteFolder : null,
            ColdStarts = Number("cold-starts", 3),
            OutputFile = values.GetValueOrDefault("output"),
        };
    }

    private static BotTarget Ours(string assembly, string store, Dictionary<string, string> settings)
    {
        settings["Storage:Provider"] = store;
        return new BotTarget(store, assembly, settings);
    }
}
