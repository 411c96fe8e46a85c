using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BackStrength.Storage.Configuration;

/// <summary>Checks the <c>Storage</c> section at start-up; every message names the setting and says how to fix it.</summary>
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Section = StorageOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        switch (options.SelectedProvider)
        {
            case null:
                failures.Add($"{Section}:Provider is '{options.Provider}'. Set it to one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
                break;
            case StorageProvider.Sqlite:
                ValidateSqlite(options.Sqlite, failures);
                break;
            case StorageProvider.AzureBlob:
                ValidateAzureBlob(options.AzureBlob, failures);
                break;
        }

        if (options.IdleStateExpiry <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:IdleStateExpiry must be a positive duration such as \"30.00:00:00\" (30 days).");
        }

        if (options.IdlePurgeInterval <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:IdlePurgeInterval must be a positive duration such as \"01:00:00\" (one hour).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSqlite(SqliteStorageOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            failures.Add($"{Section}:Sqlite:Folder is empty. Set it to the folder for the database file, e.g. \".data\".");
        }
        else if (options.Folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{Section}:Sqlite:Folder contains characters that cannot appear in a path. Set it to a valid folder path.");
        }
    }

    private static void ValidateAzureBlob(AzureBlobStorageOptions options, List<string> failures)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasAccountUri = options.AccountUri is not null;
        if (hasConnectionString == hasAccountUri)
        {
            failures.Add(
                $"{Section}:AzureBlob needs exactly one of ConnectionString (Azurite or development) and AccountUri " +
                $"(managed identity in Azure). Set {Section}:AzureBlob:ConnectionString or {Section}:AzureBlob:AccountUri" +
                (hasConnectionString ? ", not both." : "."));
        }

        if (options.AccountUri is { } uri && (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{Section}:AzureBlob:AccountUri is '{uri}'. Set it to the account's https blob endpoint, e.g. https://myaccount.blob.core.windows.net.");
        }

        if (!ContainerName().IsMatch(options.Container ?? string.Empty))
        {
            failures.Add(
                $"{Section}:AzureBlob:Container is '{options.Container}'. Use 3-63 lowercase letters, digits and single hyphens, " +
                "starting and ending with a letter or digit, e.g. \"bot-state\".");
        }
    }

    // Azure's container naming rules.
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
