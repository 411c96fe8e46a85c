using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackStrength.Storage;

/// <summary>Reports storage reachability to ASP.NET health checks; registered with the <see cref="ReadyTag"/> tag for /readyz.</summary>
public sealed class StorageHealthCheck(IStorageReadiness readiness) : IHealthCheck
{
    public const string Name = "storage";
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        return await readiness.CheckAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("Bot state storage is reachable.")
            : HealthCheckResult.Unhealthy("Bot state storage cannot be reached.");
    }
}
