namespace BackStrength.Storage.Configuration;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (default), <c>AzureBlob</c> or <c>Memory</c>. Kept as text so a typo gets a clear message.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>State not written for this long is deleted by the background purge.</summary>
    public TimeSpan IdleStateExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the background purge looks for idle state.</summary>
    public TimeSpan IdlePurgeInterval { get; set; } = TimeSpan.FromHours(1);

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public AzureBlobStorageOptions AzureBlob { get; set; } = new();

    /// <summary>The provider named by <see cref="Provider"/>, or <c>null</c> when it names none.</summary>
    public StorageProvider? SelectedProvider =>
        Enum.GetValues<StorageProvider>().Cast<StorageProvider?>()
            .FirstOrDefault(provider => string.Equals(provider.ToString(), Provider, StringComparison.OrdinalIgnoreCase));
}
