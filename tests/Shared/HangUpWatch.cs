using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BackStrength.Tests.Shared;

/// <summary>
/// Tells a test when the server has seen a caller hang up (its <c>RequestAborted</c>), so the test can go on
/// exactly then instead of sleeping and hoping the server noticed. Register it as an <see cref="IStartupFilter"/>.
/// </summary>
public sealed class HangUpWatch(string path) : IStartupFilter
{
    private TaskCompletionSource? _next;

    /// <summary>Watches the next request to the path: the task completes once the server sees its caller go away.</summary>
    public Task NextRequestHungUp()
    {
        var hungUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _next, hungUp);
        return hungUp.Task;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, handle) =>
        {
            if (context.Request.Path.StartsWithSegments(path) && Interlocked.Exchange(ref _next, null) is { } hungUp)
            {
                using var registration = context.RequestAborted.Register(() => hungUp.TrySetResult());
                await handle(context);
            }
            else
            {
                await handle(context);
            }
        });
        next(app);
    };
}
