using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using BackStrength.DirectLine.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>
/// The streamUrl WebSocket: sends ActivitySet messages as activities arrive, and an empty message as a
/// keep-alive when nothing has been sent for a while (what Azure does and Web Chat's client expects).
/// When the app stops, every stream ends with a close message: an open page would otherwise hold the shutdown
/// (and a restart) for the whole shutdown timeout.
/// </summary>
internal static class ActivityStreamEndpoint
{
    public static async Task<IResult> StreamAsync(
        HttpContext context,
        string conversationId,
        string? watermark,
        ConversationGate gate,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        TimeProvider time)
    {
        var access = gate.Check(context, conversationId);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return ActivityJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.");
        }

        var conversation = access.Conversation!;
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var stream = conversation.OpenStream(watermark);
        try
        {
            using var closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            var receiving = DrainUntilClosedAsync(socket, closed, context.RequestAborted);
            await SendAsync(socket, stream, options.Value.KeepAliveInterval, time, closed.Token);

            await CloseAsync(socket, context.RequestAborted);
            await receiving;
        }
        finally
        {
            conversation.CloseStream(stream);
        }

        return Results.Empty;
    }

    private static async Task SendAsync(WebSocket socket, ChannelReader<ActivitySet> stream, TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var quiet = new CancellationTokenSource(keepAlive, time);
                using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, quiet.Token);
                string message;
                try
                {
                    message = ActivityJson.Serialize(await stream.ReadAsync(waiting.Token));
                }
                catch (OperationCanceledException) when (quiet.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    message = string.Empty;
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception failure) when (failure is ChannelClosedException or OperationCanceledException or WebSocketException)
        {
            // The conversation was forgotten or the client went away: the caller closes the socket.
        }
    }

    /// <summary>Either the client is closing (acknowledge it) or the conversation ended (say so).</summary>
    private static async Task CloseAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "Stream ended", cancellationToken);
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException)
        {
            // The client vanished without waiting for the close handshake.
        }
    }

    /// <summary>Reads (and ignores) the client's empty pings until it closes, then stops the sender.</summary>
    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationTokenSource closed, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException)
        {
            // Connection dropped without a close handshake.
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}
