namespace BackStrength.Bot.Turns;

/// <summary>The state store failed (outage, timeout, network), as opposed to a bug in the turn itself.</summary>
public sealed class StorageUnavailableException(string operation, Exception innerException)
    : Exception($"The state store failed during {operation}: {innerException.Message}", innerException);
