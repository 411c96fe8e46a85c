using BackStrength.Bot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>
/// The real bot host in process. Unless the settings choose another store, state lives in a SQLite file in a
/// temporary folder of its own. Given a clock, the whole app reads the time from it. The store the app registered is wrapped in a <see cref="FaultInjectingStorage"/>,
/// itself under the app's fault labelling, so an injected fault reaches the turn exactly as an outage would.
/// Every log entry is captured.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _ownFolder;
    private readonly TimeProvider? _clock;

    public BotHost(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        _clock = clock;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (!_settings.ContainsKey("Storage:Provider"))
        {
            _ownFolder = Directory.CreateTempSubdirectory("backstrength-resilience-").FullName;
            _settings["Storage:Provider"] = "Sqlite";
            _settings["Storage:Sqlite:Folder"] = _ownFolder;
        }
    }

    public CapturedLogs Logs { get; } = new();

    /// <summary>When the server has seen a caller of /api/messages hang up.</summary>
    public HangUpWatch HangUps { get; } = new("/api/messages");

    /// <summary>The switch that makes the real store fail.</summary>
    public FaultInjectingStorage Faults => Services.GetRequiredService<FaultInjectingStorage>();

    /// <summary>The store as the bot uses it, for reading saved state directly.</summary>
    public IStorage Store => Services.GetRequiredService<IStorage>();

    public TService Get<TService>()
        where TService : notnull => Services.GetRequiredService<TService>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(HangUps);
            if (_clock is not null)
            {
                services.AddSingleton(_clock);
            }

            var registered = services.Last(descriptor => descriptor.ServiceType == typeof(IStorage));
            services.Remove(registered);
            services.AddSingleton(provider => new FaultInjectingStorage(Create(registered, provider)));

            // The injector stands where the network would be, so the app's labelling still turns its failures
            // into storage faults (the app's own labelling inside it stays in place for real ones).
            services.AddSingleton<IStorage>(provider => new FaultLabellingStorage(provider.GetRequiredService<FaultInjectingStorage>()));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_ownFolder, recursive: true);
        }
    }

    private static IStorage Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IStorage)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
