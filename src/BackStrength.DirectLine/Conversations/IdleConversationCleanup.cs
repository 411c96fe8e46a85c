using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Conversations;

/// <summary>Periodically forgets idle conversations so a long-running local channel does not grow forever.</summary>
public sealed class IdleConversationCleanup(
    ConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<IdleConversationCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = store.RemoveIdle();
                if (removed > 0)
                {
                    logger.LogInformation("Forgot {Count} idle Direct Line conversations", removed);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: nothing left to clean.
        }
    }
}
