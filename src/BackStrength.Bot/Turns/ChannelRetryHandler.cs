using System.Net;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Turns;

/// <summary>
/// Retries the bot's calls to the channel when it says "slow down" or "try again" (429, 412, 502, 504, as
/// Teams advises), with exponential backoff and jitter, honouring Retry-After, bounded in count and time.
/// </summary>
public sealed class ChannelRetryHandler(IOptions<ChannelRetryOptions> options, TimeProvider clock) : DelegatingHandler
{
    private static readonly HashSet<HttpStatusCode> Retryable =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    private readonly ChannelRetryOptions _options = options.Value;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var giveUpAt = clock.GetUtcNow() + _options.MaxTotalDelay;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!Retryable.Contains(response.StatusCode) || attempt >= _options.MaxAttempts)
            {
                return response;
            }

            var delay = DelayBefore(attempt + 1, response);
            if (clock.GetUtcNow() + delay > giveUpAt)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    private TimeSpan DelayBefore(int attempt, HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter?.Delta is { } retryAfter)
        {
            return retryAfter;
        }

        // Jitter of ±50% around the exponential step: spreads retries from many conversations so they do not hit
        // the channel in step, while every wait still grows with the attempt.
        var ceiling = _options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 2);
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling + (ceiling / 2));
    }
}

/// <summary>Settings of <see cref="ChannelRetryHandler"/>, section "ChannelRetry".</summary>
public sealed class ChannelRetryOptions
{
    public const string Section = "ChannelRetry";

    public int MaxAttempts { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxTotalDelay { get; set; } = TimeSpan.FromSeconds(10);
}
