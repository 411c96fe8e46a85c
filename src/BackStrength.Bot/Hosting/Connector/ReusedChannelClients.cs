using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Hosting.Connector;

/// <summary>
/// Keeps the channel clients the Bot Framework SDK builds for each turn, so the next turns to the same channel use
/// them again. The SDK's CloudAdapter builds a new ConnectorClient and UserTokenClient for every activity and disposes
/// them when the turn ends; building one runs the client runtime's user-agent clean-up, which compiles a handful of
/// regular expressions each time, and was a third of a turn's time in the load benchmark. The SDK's older
/// BotFrameworkAdapter kept its clients the same way. A kept client is replaced after <see cref="ReusedChannelClientsOptions.KeepFor"/>,
/// like IHttpClientFactory's own handler lifetime, so a channel's address is looked up again now and then.
/// </summary>
public sealed class ReusedChannelClients<TClient>(IOptions<ReusedChannelClientsOptions> options, TimeProvider clock)
    where TClient : class
{
    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private readonly ReusedChannelClientsOptions _options = options.Value;

    /// <summary>
    /// The kept client for <paramref name="key"/>, or a new one from <paramref name="create"/>, kept when there is room.
    /// <c>Reused</c> is false for a client nobody else holds: whoever asked owns it and disposes it.
    /// </summary>
    public async Task<(TClient Client, bool Reused)> GetAsync(string key, Func<Task<TClient>> create)
    {
        var now = clock.GetUtcNow();
        if (_kept.TryGetValue(key, out var kept) && now - kept.Since < _options.KeepFor)
        {
            return (await kept.Client, true);
        }

        // Each kept entry is one channel address; the cap keeps unsigned requests naming made-up addresses from growing it.
        if (_options.KeepFor <= TimeSpan.Zero || (kept is null && _kept.Count >= _options.MaxKept))
        {
            return (await create(), false);
        }

        // Turns racing here may each build a client; one is kept and the others serve their own turn and are collected.
        // A replaced client is not disposed: turns still running may hold it, and the SDK gives it an HttpClient it does not own.
        var fresh = new Kept(create(), now);
        _kept[key] = fresh;
        try
        {
            return (await fresh.Client, true);
        }
        catch
        {
            _kept.TryRemove(new KeyValuePair<string, Kept>(key, fresh));
            throw;
        }
    }

    private sealed record Kept(Task<TClient> Client, DateTimeOffset Since);
}
