namespace BackStrength.Storage.Configuration;

/// <summary>The <c>Storage:Sqlite</c> configuration section.</summary>
public sealed class SqliteStorageOptions
{
    public const string DatabaseFileName = "backstrength.db";

    /// <summary>Folder of the database file; a relative path is taken from the app's content root.</summary>
    public string Folder { get; set; } = ".data";
}
