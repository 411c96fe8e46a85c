using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BackStrength.DirectLine.Tests;

/// <summary>Production mode: the host trades its Direct Line secret for a token, and the secret stays home.</summary>
public sealed class WebChatTokenEndpointTests : IAsyncLifetime
{
    private const string Secret = "the-direct-line-secret";
    private WebApplication? _fakeAzure;
    private string? _authorizationSeen;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _fakeAzure = builder.Build();
        _fakeAzure.MapPost("/v3/directline/tokens/generate", (HttpRequest request) =>
        {
            _authorizationSeen = request.Headers.Authorization;
            return Results.Json(new { conversationId = "azure-conversation", token = "azure-token", expires_in = 3600 });
        });
        await _fakeAzure.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_fakeAzure is not null)
        {
            await _fakeAzure.DisposeAsync();
        }
    }

    [Fact]
    public async Task With_a_secret_the_page_gets_an_Azure_token_and_never_the_secret()
    {
        var azure = _fakeAzure!.Urls.First();
        using var host = new BotHost(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:AzureBaseUrl"] = azure,
        });
        using var http = host.CreateHttpClient();

        using var response = await http.PostAsync("/api/directline/token", content: null);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!.AsObject();

        Assert.Equal($"Bearer {Secret}", _authorizationSeen);
        Assert.Equal("azure-token", (string?)body["token"]);
        Assert.Equal("azure-conversation", (string?)body["conversationId"]);
        Assert.Equal(3600, (int?)body["expires_in"]);
        Assert.Equal($"{azure.TrimEnd('/')}/v3/directline", (string?)body["domain"]);
        Assert.DoesNotContain(Secret, text);
    }

    [Fact]
    public async Task With_a_secret_the_local_channel_is_off_unless_asked_for()
    {
        using var azureOnly = new BotHost(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        using var both = new BotHost(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["DirectLine:EnableLocalChannel"] = "true" });

        using var offResponse = await azureOnly.CreateHttpClient().PostAsync("/v3/directline/tokens/generate", content: null);
        using var onRequest = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        onRequest.Headers.Authorization = new("Bearer", Secret);
        using var onResponse = await both.CreateHttpClient().SendAsync(onRequest);

        Assert.Equal(HttpStatusCode.NotFound, offResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onResponse.StatusCode);
        Assert.NotNull((await onResponse.Content.ReadFromJsonAsync<JsonObject>())?["token"]);
    }
}
