using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>
/// A generous per-client budget for the Direct Line endpoints: far above what a page polling every second
/// needs, low enough that one client cannot flood the bot or mint conversations without end.
/// </summary>
internal static class DirectLineRateLimiting
{
    public const string PolicyName = "directline";

    public static void AddPolicy(RateLimiterOptions limiter, int requestsPerMinute)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = requestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }
}
