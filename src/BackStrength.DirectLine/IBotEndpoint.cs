using Microsoft.Bot.Schema;

namespace BackStrength.DirectLine;

/// <summary>
/// Where the local channel hands a user's activity to the bot. The host implements it with the Bot Framework
/// adapter, so activities take the same path as those arriving from Azure on /api/messages.
/// </summary>
public interface IBotEndpoint
{
    Task DeliverAsync(Activity activity, CancellationToken cancellationToken);
}
