using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackStrength.DirectLine.Tests;

/// <summary>The bot stopping (a restart, a deployment) while a chat page is connected.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task An_open_page_is_told_its_stream_ended_as_soon_as_the_bot_starts_stopping()
    {
        using var host = new BotHost();
        var client = new DirectLineClient(host.CreateHttpClient());
        var conversation = await client.StartAsync();
        using var socket = await DirectLineClient.OpenStreamAsync(conversation);

        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        // Before, the stream stayed open and held the shutdown until the host's timeout cut it off.
        Assert.Equal(WebSocketCloseStatus.NormalClosure, await DirectLineClient.ReceiveUntilClosedAsync(socket));
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
    }
}
