using Microsoft.Bot.Builder;

namespace BackStrength.Storage;

/// <summary>
/// The store configuration chose, as created. The host wraps <see cref="IStorage"/> in decorators; what else the
/// store can do stays reachable here.
/// </summary>
public sealed class ConfiguredStorage(IStorage storage)
{
    public IStorage Storage { get; } = storage;

    /// <summary>The store's own conversation holds, or null when it has none.</summary>
    public IConversationHolds? Holds => Storage as IConversationHolds;
}
