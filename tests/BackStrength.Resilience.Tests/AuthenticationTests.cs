using System.Net;
using System.Security.Cryptography;
using BackStrength.Resilience.Tests.Support;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Resilience.Tests;

/// <summary>
/// A bot registered with an app id, talking to a local stand-in for the Bot Connector's token service: only
/// requests carrying a token the channel signed for this bot reach it, and Teams users only from allowed tenants.
/// </summary>
public sealed class AuthenticationTests(AuthenticationTests.RegisteredBot bot) : IClassFixture<AuthenticationTests.RegisteredBot>
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Fact]
    public async Task A_token_the_channel_signed_for_this_bot_is_accepted_and_the_bot_answers()
    {
        var chat = bot.Chat(activity => $"Bearer {bot.Tokens.Sign(RegisteredBot.AppId, activity.ServiceUrl)}");

        var replies = await chat.SayAsync("start");

        Assert.Contains("acceptDisclaimer", replies.Actions);
        Assert.NotNull(await SavedState.ConversationAsync(bot.Host.Store, chat));
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "no header",
        "token for another bot",
        "expired token",
        "unsigned token",
        "token signed with another key",
        "token for another service url",
        "not a token",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_request_without_a_valid_token_is_refused_with_401_and_the_bot_never_runs(string refused)
    {
        using var otherKey = RSA.Create(2048);
        var chat = bot.Chat(activity => refused switch
        {
            "no header" => null,
            "token for another bot" => $"Bearer {bot.Tokens.Sign("1f2e3d4c-0000-4000-8000-000000000000", activity.ServiceUrl)}",
            "expired token" => $"Bearer {bot.Tokens.Sign(RegisteredBot.AppId, activity.ServiceUrl, expires: DateTime.UtcNow.AddHours(-1))}",
            "unsigned token" => $"Bearer {ChannelTokens.Unsigned(RegisteredBot.AppId, activity.ServiceUrl)}",
            "token signed with another key" => $"Bearer {bot.Tokens.Sign(RegisteredBot.AppId, activity.ServiceUrl, signingKey: otherKey)}",
            "token for another service url" => $"Bearer {bot.Tokens.Sign(RegisteredBot.AppId, "https://attacker.example/")}",
            _ => "Bearer not.a.token",
        });

        using var response = await chat.PostAsync(chat.Message("start"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("acceptDisclaimer", body, StringComparison.Ordinal);
        Assert.Null(await SavedState.ConversationAsync(bot.Host.Store, chat));
    }

    [Fact]
    public async Task A_Teams_user_from_another_tenant_is_refused_with_403_and_the_bot_never_runs()
    {
        var chat = bot.TeamsChat("0d9f8e7c-1111-4222-8333-444455556666");

        using var response = await chat.PostAsync(chat.Message("start"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await SavedState.ConversationAsync(bot.Host.Store, chat));
    }

    [Fact]
    public async Task A_Teams_user_from_the_allowed_tenant_is_answered()
    {
        var chat = bot.TeamsChat(RegisteredBot.AllowedTenant);

        var replies = await chat.ExchangeAsync(chat.Message("start"));

        Assert.Contains("acceptDisclaimer", replies.Actions);
    }

    /// <summary>The bot host registered as a multi-tenant app, reading the channel's keys from the local token service.</summary>
    public sealed class RegisteredBot : IAsyncLifetime
    {
        public const string AppId = "9b4d2c1e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
        public const string AllowedTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

        private HttpClient _client = null!;

        public ChannelTokens Tokens { get; } = new();

        public BotHost Host { get; private set; } = null!;

        public TestChat Chat(Func<Activity, string?> authorization) =>
            new(_client, "webchat", ServiceUrl) { Authorization = authorization };

        /// <summary>A Teams chat, signed correctly, whose tenant is the one given.</summary>
        public TestChat TeamsChat(string tenantId)
        {
            return new TestChat(_client, "msteams", ServiceUrl)
            {
                Authorization = activity => $"Bearer {Tokens.Sign(AppId, activity.ServiceUrl)}",
                ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = tenantId } },
            };
        }

        public async Task InitializeAsync()
        {
            await Tokens.StartAsync();
            Host = new BotHost(new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "sentinel-app-password",
                // Setting any endpoint makes the SDK take every endpoint from configuration: the public cloud's
                // values, except that the channel's signing keys come from the local token service.
                ["ToBotFromChannelOpenIdMetadataUrl"] = Tokens.MetadataUrl,
                ["ToBotFromChannelTokenIssuer"] = ChannelTokens.Issuer,
                ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
                ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
                ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
                ["OAuthUrl"] = "https://api.botframework.com",
                ["CallerId"] = "urn:botframework:azure",
                ["ValidateAuthority"] = "true",
                ["Messages:AllowedTenantIds:0"] = AllowedTenant,
                // The local web chat channel cannot sign requests; a registered bot uses Azure's Direct Line.
                ["DirectLine:Enabled"] = "false",
            });
            _client = Host.CreateClient();
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Tokens.DisposeAsync();
        }
    }
}
