using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Turns;

/// <summary>
/// Logs every turn with its conversation id, activity type and latency, and feeds <see cref="BotMetrics"/>.
/// Only ids and timings are logged: never the text people type, which may describe their health.
/// </summary>
public sealed class TurnTelemetry(BotMetrics metrics, ILogger<TurnTelemetry> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = activity.Conversation?.Id,
            ["ChannelId"] = activity.ChannelId,
        });
        var started = Stopwatch.GetTimestamp();
        var channel = new KeyValuePair<string, object?>("channel", activity.ChannelId);
        try
        {
            await next(cancellationToken);
        }
        catch
        {
            metrics.FailedTurns.Add(1, channel);
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            metrics.Turns.Add(1, channel);
            metrics.TurnDuration.Record(elapsed, channel);
            logger.LogInformation("Handled a {ActivityType} activity in {ElapsedMilliseconds:F1} ms", activity.Type, elapsed);
        }
    }
}
