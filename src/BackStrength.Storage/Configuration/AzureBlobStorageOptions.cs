namespace BackStrength.Storage.Configuration;

/// <summary>The <c>Storage:AzureBlob</c> configuration section: set exactly one of the two ways to connect.</summary>
public sealed class AzureBlobStorageOptions
{
    /// <summary>A storage connection string, for Azurite and development. Holds a secret: keep it out of source control.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob endpoint, e.g. https://account.blob.core.windows.net, reached with the app's managed identity.</summary>
    public Uri? AccountUri { get; set; }

    /// <summary>The container that holds one blob per state key; created if missing.</summary>
    public string Container { get; set; } = "bot-state";
}
