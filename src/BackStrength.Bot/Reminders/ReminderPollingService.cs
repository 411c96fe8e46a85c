using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>Runs the <see cref="ReminderScheduler"/> every <see cref="ReminderOptions.PollInterval"/> while the host runs.</summary>
public sealed class ReminderPollingService(
    ReminderScheduler scheduler,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await scheduler.SendDueAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // A store outage must not stop reminders for good: the next poll tries again.
                logger.LogError(error, "Looking for due reminders failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
