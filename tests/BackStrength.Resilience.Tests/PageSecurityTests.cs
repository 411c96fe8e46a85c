using System.Net;
using System.Text.RegularExpressions;
using BackStrength.Resilience.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BackStrength.Resilience.Tests;

/// <summary>The chat page is locked down in the browser, and no secret of the bot ever reaches a browser.</summary>
public sealed partial class PageSecurityTests : IAsyncLifetime
{
    private const string DirectLineSecret = "SENTINEL-directline-secret-4f1c";
    private const string AppPassword = "SENTINEL-app-password-9d2e";

    private LocalServer _azure = null!;
    private BotHost _host = null!;
    private string? _secretSeenByAzure;

    public async Task InitializeAsync()
    {
        // Azure's Direct Line, which exchanges the secret for a conversation token; it sees the secret, the page must not.
        _azure = await LocalServer.StartAsync(app => app.MapPost("/v3/directline/tokens/generate", (HttpContext context) =>
        {
            _secretSeenByAzure = context.Request.Headers.Authorization.ToString();
            return Results.Json(new { conversationId = "azure-conversation", token = "azure-issued-token", expires_in = 1800 });
        }));
        _host = new BotHost(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = DirectLineSecret,
            ["DirectLine:AzureBaseUrl"] = _azure.Address.ToString(),
            ["MicrosoftAppPassword"] = AppPassword,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _azure.DisposeAsync();
    }

    [Fact]
    public async Task The_chat_page_forbids_framing_sniffing_and_scripts_from_elsewhere()
    {
        using var response = await _host.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        // With a Direct Line secret the page chats through Azure's service (here a stand-in): that host, and no other.
        var connectSources = policy.Split(';').Select(directive => directive.Trim().Split(' ')).Single(directive => directive[0] == "connect-src");
        var azure = _azure.Address;
        Assert.Equal(["connect-src", "'self'", $"{azure.Scheme}://{azure.Authority}", $"ws://{azure.Authority}"], connectSources);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task No_secret_appears_in_the_page_its_scripts_or_the_token_the_page_gets()
    {
        var client = _host.CreateClient();
        var page = await client.GetStringAsync("/");
        var scripts = ScriptSources().Matches(page).Select(match => match.Groups["src"].Value).ToList();
        Assert.NotEmpty(scripts);
        var everythingTheBrowserGets = new List<string> { page };
        foreach (var script in scripts)
        {
            everythingTheBrowserGets.Add(await client.GetStringAsync(script));
        }

        using var token = await client.PostAsync("/api/directline/token", null);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        everythingTheBrowserGets.Add(await token.Content.ReadAsStringAsync());
        everythingTheBrowserGets.Add(string.Join("\n", token.Headers.Concat(token.Content.Headers).SelectMany(header => header.Value)));

        Assert.Contains("azure-issued-token", everythingTheBrowserGets[^2], StringComparison.Ordinal);
        Assert.Equal($"Bearer {DirectLineSecret}", _secretSeenByAzure);
        foreach (var served in everythingTheBrowserGets)
        {
            Assert.DoesNotContain(DirectLineSecret, served, StringComparison.Ordinal);
            Assert.DoesNotContain(AppPassword, served, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<script[^>]*\\bsrc=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSources();
}
