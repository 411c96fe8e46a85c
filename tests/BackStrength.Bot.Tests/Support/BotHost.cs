using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackStrength.Bot.Tests.Support;

/// <summary>
/// The real bot host, in process, with in-memory storage. Settings can be added per test class (for example an
/// app id to switch authentication on), and the store can be wrapped in a <see cref="FaultyStorage"/> to make a
/// turn fail the way a store outage would.
/// </summary>
public class BotHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public BotHost()
        : this(new Dictionary<string, string?>())
    {
    }

    protected BotHost(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
    }

    /// <summary>The fault injector around the real store; it passes every call through until armed.</summary>
    public FaultyStorage Storage => Services.GetRequiredService<FaultyStorage>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>(_settings)
        {
            ["Storage:Provider"] = "Memory",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        builder.ConfigureTestServices(services =>
        {
            // Wrap the store exactly as the app registered it, decorators included.
            var original = services.Last(descriptor => descriptor.ServiceType == typeof(IStorage));
            var index = services.IndexOf(original);
            services.AddSingleton(provider => new FaultyStorage(Create(original, provider)));
            services[index] = ServiceDescriptor.Singleton<IStorage>(provider => provider.GetRequiredService<FaultyStorage>());
        });
    }

    private static IStorage Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IStorage)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
