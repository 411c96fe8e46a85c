namespace BackStrength.Storage.Configuration;

/// <summary>Where bot state is kept; chosen with <c>Storage:Provider</c>.</summary>
public enum StorageProvider
{
    /// <summary>One local SQLite file: the default for a single instance and local development.</summary>
    Sqlite,

    /// <summary>Azure Blob Storage: for Azure and for several instances sharing state.</summary>
    AzureBlob,

    /// <summary>In-process memory (<see cref="Memory.InMemoryStorage"/>): lost on restart, for tests and benchmarks.</summary>
    Memory,
}
