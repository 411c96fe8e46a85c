using Microsoft.Bot.Builder;

namespace BackStrength.Storage.Tests.Contract;

/// <summary>The SDK's own MemoryStorage: the reference the contract is checked against.</summary>
public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();

    // The SDK signals a stale eTag with a plain ArgumentException.
    protected override bool IsStaleETagRejection(Exception exception, string key) =>
        exception is ArgumentException && exception.Message.Contains("Etag conflict", StringComparison.Ordinal);
}
