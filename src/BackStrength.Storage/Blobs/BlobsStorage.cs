using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BackStrength.Storage.Serialization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace BackStrength.Storage.Blobs;

/// <summary>
/// Bot state in Azure Blob Storage, one blob per key, for Azure and for several instances sharing state. eTag checks
/// use the blob's own ETag with If-Match / If-None-Match conditions, so they hold across instances. A write of
/// several items is applied item by item, as in the SDK's own storage providers.
/// </summary>
public sealed partial class BlobsStorage : IStorage, IStoredTextWriter, IStateExpiry, IStorageReadiness
{
    // Marks blobs holding IStoreItem values, the only ones whose eTag can reject a write (as in MemoryStorage).
    private const string TrackedMetadataName = "etagtracked";

    // A write that loses a race with a create or an untracked overwrite re-checks a few times before giving up.
    private const int MaxWriteAttempts = 4;

    private static readonly Dictionary<string, string> TrackedMetadata = new() { [TrackedMetadataName] = "true" };

    private readonly BlobContainerClient _container;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BlobsStorage> _logger;
    private readonly SemaphoreSlim _containerCreation = new(1, 1);
    private volatile bool _containerExists;

    public BlobsStorage(BlobContainerClient container, TimeProvider timeProvider, ILogger<BlobsStorage> logger)
    {
        _container = container;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var started = Stopwatch.GetTimestamp();
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var distinctKeys = keys.Distinct(StringComparer.Ordinal).ToArray();
        var values = await Task.WhenAll(distinctKeys.Select(key => ReadOneAsync(key, cancellationToken))).ConfigureAwait(false);
        var items = new Dictionary<string, object>(keys.Length);
        foreach (var (key, value) in distinctKeys.Zip(values))
        {
            if (value is not null)
            {
                items[key] = value;
            }
        }

        LogRead(keys.Length, items.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var started = Stopwatch.GetTimestamp();
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in changes)
        {
            var blob = BlobFor(key);

            // MemoryStorage treats a null value as absent, which is what deleting the blob gives.
            if (value is null)
            {
                await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WriteOneAsync(key, blob, StateDocument.From(value), cancellationToken).ConfigureAwait(false);
            }
        }

        LogWrite(changes.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task WriteTextAsync(string key, object value, string text, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        await WriteOneAsync(key, BlobFor(key), StateDocument.From(value, text), cancellationToken).ConfigureAwait(false);
        LogWrite(1, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(keys.Distinct(StringComparer.Ordinal)
            .Select(key => BlobFor(key).DeleteIfExistsAsync(cancellationToken: cancellationToken))).ConfigureAwait(false);
    }

    /// <remarks>Idle time is measured from the blob's last-modified time, which the storage service sets.</remarks>
    public async Task<int> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var cutoff = _timeProvider.GetUtcNow() - olderThan;
        var purged = 0;
        await foreach (var item in _container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (item.Properties.LastModified is { } lastModified && lastModified < cutoff
                && await DeleteUnchangedAsync(item, cancellationToken).ConfigureAwait(false))
            {
                purged++;
            }
        }

        LogPurge(purged, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return purged;
    }

    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Asks the service every time: a cached "container exists" says nothing about reachability now.
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotReady(exception.GetType().Name);
            return false;
        }
    }

    private BlobClient BlobFor(string key) => _container.GetBlobClient(BlobNameEncoder.Encode(key));

    private async Task<object?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var download = (await BlobFor(key).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            var etag = download.Details.Metadata.ContainsKey(TrackedMetadataName) ? download.Details.ETag.ToString() : null;
            return StateSerializer.Deserialize(download.Content.ToString(), etag);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    private static async Task WriteOneAsync(string key, BlobClient blob, StateDocument document, CancellationToken cancellationToken)
    {
        var conditions = document.Condition != ETagCondition.MatchStored ? null
            : string.IsNullOrEmpty(document.ExpectedETag) ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : new BlobRequestConditions { IfMatch = new ETag(document.ExpectedETag) };
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = document.IsTracked ? TrackedMetadata : null,
        };

        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            try
            {
                options.Conditions = conditions;
                await blob.UploadAsync(BinaryData.FromString(document.Json), options, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412 || exception.ErrorCode == BlobErrorCode.BlobNotFound)
            {
                // The condition failed. MemoryStorage only rejects the write when the stored value is itself tracked;
                // a missing or untracked blob is replaced, guarded so a concurrent writer is still noticed.
                conditions = await ReplaceConditionAsync(blob, cancellationToken).ConfigureAwait(false)
                    ?? throw new StorageConcurrencyException(key, exception);
            }
        }

        throw new StorageConcurrencyException(key);
    }

    /// <returns>The condition for replacing the current blob, or <c>null</c> when it holds a tracked value.</returns>
    private static async Task<BlobRequestConditions?> ReplaceConditionAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return properties.Metadata.ContainsKey(TrackedMetadataName) ? null : new BlobRequestConditions { IfMatch = properties.ETag };
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return new BlobRequestConditions { IfNoneMatch = ETag.All };
        }
    }

    /// <returns><c>true</c> when the blob was deleted; <c>false</c> when it was written or removed meanwhile.</returns>
    private async Task<bool> DeleteUnchangedAsync(BlobItem item, CancellationToken cancellationToken)
    {
        try
        {
            var conditions = new BlobRequestConditions { IfMatch = item.Properties.ETag };
            var response = await _container.GetBlobClient(item.Name)
                .DeleteIfExistsAsync(conditions: conditions, cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return false;
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }

        await _containerCreation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_containerExists)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                _containerExists = true;
            }
        }
        finally
        {
            _containerCreation.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Blob storage read {Requested} keys, found {Found}, in {ElapsedMilliseconds:0.0} ms")]
    private partial void LogRead(int requested, int found, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Blob storage wrote {Count} items in {ElapsedMilliseconds:0.0} ms")]
    private partial void LogWrite(int count, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Blob storage purged {Count} idle items in {ElapsedMilliseconds:0.0} ms")]
    private partial void LogPurge(int count, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob storage is not ready: {ErrorType}")]
    private partial void LogNotReady(string errorType);
}
