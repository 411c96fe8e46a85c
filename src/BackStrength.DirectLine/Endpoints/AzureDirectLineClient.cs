using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>Exchanges the Direct Line secret for a conversation token at Azure's Direct Line service.</summary>
public sealed class AzureDirectLineClient(HttpClient http, IOptions<DirectLineOptions> options)
{
    public async Task<WebChatToken> GenerateTokenAsync(CancellationToken cancellationToken)
    {
        var directLine = new Uri(options.Value.AzureBaseUrl, "v3/directline/");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(directLine, "tokens/generate"))
        {
            // A "dl_" user id embedded in the token: Azure then refuses activities claiming to be someone else.
            Content = JsonContent.Create(new { user = new { id = $"dl_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Secret);

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var generated = await response.Content.ReadFromJsonAsync<GeneratedToken>(cancellationToken)
            ?? throw new HttpRequestException("Direct Line returned an empty token response.");
        return new WebChatToken(generated.Token, generated.ConversationId, generated.ExpiresIn, directLine.ToString().TrimEnd('/'));
    }

    private sealed record GeneratedToken(
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
