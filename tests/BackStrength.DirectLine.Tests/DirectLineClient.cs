using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BackStrength.DirectLine.Tests;

/// <summary>A bare Direct Line 3.0 client speaking plain HTTP and WebSocket, as Web Chat's client does.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public async Task<JsonObject> GetPageTokenAsync()
    {
        using var response = await http.PostAsync("/api/directline/token", content: null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Starts a conversation the way the page does: page token, then POST /conversations.</summary>
    public async Task<Conversation> StartAsync()
    {
        var token = (string)(await GetPageTokenAsync())["token"]!;
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return new Conversation((string)body["conversationId"]!, (string)body["token"]!, (string)body["streamUrl"]!);
    }

    public async Task<string> PostMessageAsync(Conversation conversation, string text, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token,
            new { type = "message", text, from = new { id = "someone", name = "Alex" } }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>Polls like Web Chat without WebSockets until an activity matches, or gives up after a minute.</summary>
    public async Task<JsonObject> PollUntilAsync(Conversation conversation, Func<JsonObject, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var watermark = string.Empty;
        while (true)
        {
            using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities?watermark={watermark}", conversation.Token);
            response.EnsureSuccessStatusCode();
            var set = (await response.Content.ReadFromJsonAsync<JsonObject>(timeout.Token))!;
            if (set["activities"]!.AsArray().Select(a => a!.AsObject()).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            watermark = (string?)set["watermark"] ?? watermark;
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }

    public async Task<IReadOnlyList<JsonObject>> GetAllAsync(Conversation conversation)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    public static async Task<ClientWebSocket> OpenStreamAsync(Conversation conversation)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri(conversation.StreamUrl), timeout.Token);
        return socket;
    }

    /// <summary>Reads ActivitySet messages (skipping empty keep-alives) until an activity matches.</summary>
    public static async Task<JsonObject> ReceiveUntilAsync(ClientWebSocket socket, Func<JsonObject, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
            if (set["activities"]!.AsArray().Select(a => a!.AsObject()).FirstOrDefault(match) is { } found)
            {
                return found;
            }
        }
    }

    /// <summary>Reads past activities and keep-alives until the channel closes the stream; how it closed it.</summary>
    public static async Task<WebSocketCloseStatus?> ReceiveUntilClosedAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        while ((await socket.ReceiveAsync(buffer, timeout.Token)).MessageType != WebSocketMessageType.Close)
        {
        }

        return socket.CloseStatus;
    }

    public static bool IsBotReplyTo(JsonObject activity, string activityId)
        => (string?)activity["from"]?["role"] == "bot" && (string?)activity["replyToId"] == activityId;

    internal sealed record Conversation(string Id, string Token, string StreamUrl);
}

