using BackStrength.Storage.Configuration;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackStrength.Storage;

/// <summary>
/// Deletes state nobody has written for <see cref="StorageOptions.IdleStateExpiry"/>: once at start-up, then every
/// <see cref="StorageOptions.IdlePurgeInterval"/>. A failed purge is logged and retried at the next interval.
/// </summary>
internal sealed partial class IdleStatePurgeService(
    IStorage storage,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<IdleStatePurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // In-process memory storage forgets everything on restart, so it has no expiry to run.
        if (storage is not IStateExpiry expiry)
        {
            return;
        }

        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.IdlePurgeInterval, timeProvider);
        do
        {
            try
            {
                await expiry.PurgeIdleAsync(settings.IdleStateExpiry, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPurgeFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Purging idle bot state failed; it will be retried at the next interval")]
    private partial void LogPurgeFailed(Exception exception);
}
