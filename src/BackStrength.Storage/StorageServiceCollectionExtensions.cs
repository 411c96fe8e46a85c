using System.Diagnostics;
using Azure.Identity;
using Azure.Storage.Blobs;
using BackStrength.Storage.Blobs;
using BackStrength.Storage.Configuration;
using BackStrength.Storage.Memory;
using BackStrength.Storage.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackStrength.Storage;

public static class StorageServiceCollectionExtensions
{
    // Bounds how long one storage call may hang, so a readiness probe answers while storage is unreachable.
    private static readonly TimeSpan BlobNetworkTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers the <see cref="IStorage"/> (and <see cref="ConfiguredStorage"/>) chosen by the <c>Storage</c> configuration section (validated at start-up),
    /// <see cref="IStorageReadiness"/>, a health check tagged <see cref="StorageHealthCheck.ReadyTag"/>, and the
    /// background purge of idle state.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new ConfiguredStorage(CreateStorage(provider)));
        services.AddSingleton(provider => provider.GetRequiredService<ConfiguredStorage>().Storage);
        services.AddSingleton(provider => provider.GetRequiredService<IStorage>() as IStorageReadiness ?? new InProcessStorageReadiness());
        services.AddHostedService<IdleStatePurgeService>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [StorageHealthCheck.ReadyTag]);
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var timeProvider = provider.GetRequiredService<TimeProvider>();
        var loggers = provider.GetRequiredService<ILoggerFactory>();
        return options.SelectedProvider switch
        {
            StorageProvider.Sqlite => new SqliteStorage(
                DatabaseFile(options.Sqlite, provider), timeProvider, loggers.CreateLogger<SqliteStorage>()),
            StorageProvider.AzureBlob => new BlobsStorage(
                ContainerClient(options.AzureBlob), timeProvider, loggers.CreateLogger<BlobsStorage>()),
            StorageProvider.Memory => new InMemoryStorage(timeProvider),
            _ => throw new UnreachableException("StorageOptionsValidator rejects unknown providers before storage is created."),
        };
    }

    private static string DatabaseFile(SqliteStorageOptions options, IServiceProvider provider)
    {
        var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return Path.Combine(contentRoot, options.Folder, SqliteStorageOptions.DatabaseFileName);
    }

    private static BlobContainerClient ContainerClient(AzureBlobStorageOptions options)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.NetworkTimeout = BlobNetworkTimeout;
        // A person is waiting on every turn: two quick retries, then the apology, rather than Azure's default
        // of several retries with growing waits that kept a message (and /readyz) hanging for about 25 s.
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        var service = options.AccountUri is { } accountUri
            ? new BlobServiceClient(accountUri, new DefaultAzureCredential(), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);
        return service.GetBlobContainerClient(options.Container);
    }
}
