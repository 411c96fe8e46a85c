using System.Buffers;
using Newtonsoft.Json;

namespace BackStrength.Storage.Serialization;

/// <summary>
/// Json.NET's working buffers, rented from the shared pool: every turn reads and writes state documents, and a
/// reader or writer left to itself allocates fresh buffers for each one.
/// </summary>
internal sealed class PooledJsonBuffers : IArrayPool<char>
{
    public static PooledJsonBuffers Instance { get; } = new();

    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
