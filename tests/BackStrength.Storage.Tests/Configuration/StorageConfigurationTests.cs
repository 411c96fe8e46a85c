using BackStrength.Storage.Memory;
using BackStrength.Storage.Blobs;
using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackStrength.Storage.Tests.Configuration;

public sealed class StorageConfigurationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Without_a_provider_setting_state_goes_to_sqlite_in_the_configured_folder()
    {
        using var services = Build(new() { ["Storage:Sqlite:Folder"] = _folder.Path });

        Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task The_sqlite_database_is_created_in_the_configured_folder_under_the_content_root()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "sqlite", ["Storage:Sqlite:Folder"] = "state" }, contentRoot: _folder.Path);

        await host.Services.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object>() });

        Assert.True(File.Exists(Path.Combine(_folder.Path, "state", "backstrength.db")));
    }

    [Fact]
    public async Task The_memory_provider_is_our_in_memory_storage_and_always_ready()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Memory" });

        Assert.IsType<InMemoryStorage>(services.GetRequiredService<IStorage>());
        Assert.True(await services.GetRequiredService<IStorageReadiness>().CheckAsync(CancellationToken.None));
    }

    [Fact]
    public void The_azure_blob_provider_connects_with_a_connection_string()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = "UseDevelopmentStorage=true",
        });

        Assert.IsType<BlobsStorage>(services.GetRequiredService<IStorage>());
    }

    [Fact]
    public void The_azure_blob_provider_connects_with_an_account_uri()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:AccountUri"] = "https://backstrength.blob.core.windows.net",
        });

        Assert.IsType<BlobsStorage>(services.GetRequiredService<IStorage>());
    }

    public static TheoryData<Dictionary<string, string?>, string> InvalidSettings => new()
    {
        { new() { ["Storage:Provider"] = "Cosmos" }, "Storage:Provider is 'Cosmos'. Set it to one of: Sqlite, AzureBlob, Memory." },
        { new() { ["Storage:Provider"] = "Sqlite, Memory" }, "Storage:Provider is 'Sqlite, Memory'. Set it to one of: Sqlite, AzureBlob, Memory." },
        { new() { ["Storage:Provider"] = "1" }, "Storage:Provider is '1'." },
        { new() { ["Storage:Provider"] = "AzureBlob" }, "Set Storage:AzureBlob:ConnectionString or Storage:AzureBlob:AccountUri." },
        {
            new() { ["Storage:Provider"] = "AzureBlob", ["Storage:AzureBlob:ConnectionString"] = "UseDevelopmentStorage=true", ["Storage:AzureBlob:AccountUri"] = "https://a.blob.core.windows.net" },
            "Set Storage:AzureBlob:ConnectionString or Storage:AzureBlob:AccountUri, not both."
        },
        {
            new() { ["Storage:Provider"] = "AzureBlob", ["Storage:AzureBlob:AccountUri"] = "http://a.blob.core.windows.net" },
            "Storage:AzureBlob:AccountUri is 'http://a.blob.core.windows.net/'. Set it to the account's https blob endpoint"
        },
        {
            new() { ["Storage:Provider"] = "AzureBlob", ["Storage:AzureBlob:ConnectionString"] = "UseDevelopmentStorage=true", ["Storage:AzureBlob:Container"] = "Bot_State" },
            "Storage:AzureBlob:Container is 'Bot_State'. Use 3-63 lowercase letters, digits and single hyphens"
        },
        { new() { ["Storage:Sqlite:Folder"] = " " }, "Storage:Sqlite:Folder is empty." },
        { new() { ["Storage:IdleStateExpiry"] = "00:00:00" }, "Storage:IdleStateExpiry must be a positive duration such as \"30.00:00:00\" (30 days)." },
        { new() { ["Storage:IdlePurgeInterval"] = "-01:00:00" }, "Storage:IdlePurgeInterval must be a positive duration" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task A_wrong_setting_stops_start_up_with_a_message_naming_the_fix(Dictionary<string, string?> settings, string expectedMessage)
    {
        using var host = BuildHost(settings, contentRoot: _folder.Path);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_settings_start_the_host_and_the_readiness_check_passes()
    {
        using var host = BuildHost(new() { ["Storage:Sqlite:Folder"] = "state" }, contentRoot: _folder.Path);
        await host.StartAsync();
        try
        {
            var report = await host.Services.GetRequiredService<HealthCheckService>()
                .CheckHealthAsync(check => check.Tags.Contains(StorageHealthCheck.ReadyTag));

            Assert.Equal(HealthStatus.Healthy, report.Status);
            Assert.Contains(StorageHealthCheck.Name, report.Entries.Keys);
            Assert.True(await host.Services.GetRequiredService<IStorageReadiness>().CheckAsync(CancellationToken.None));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public void Dispose() => _folder.Dispose();

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBotStorage(configuration).BuildServiceProvider(validateScopes: true);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, string contentRoot)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging().AddBotStorage(builder.Configuration);
        return builder.Build();
    }
}
