using System.Net;
using BackStrength.Bot.Tests.Support;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Tests;

/// <summary>A host registered with Azure Bot Service: only requests the Bot Connector signed reach the bot.</summary>
public sealed class AuthenticationTests(AuthenticationTests.RegisteredBotHost host) : IClassFixture<AuthenticationTests.RegisteredBotHost>
{
    [Fact]
    public async Task A_request_without_an_authorization_header_is_refused_with_401_and_never_reaches_the_bot()
    {
        var chat = new HttpChat(host.CreateClient());

        using var response = await chat.PostAsync(new Activity(ActivityTypes.Message) { Text = "start" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("acceptDisclaimer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await Sessions.SavedConversationAsync(host, chat));
        Assert.Null(await Sessions.SavedProfileAsync(host, chat));
    }

    [Fact]
    public async Task A_join_without_an_authorization_header_is_refused_and_sends_no_welcome()
    {
        var chat = new HttpChat(host.CreateClient());

        using var response = await chat.PostAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount(chat.UserId)] });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await Sessions.SavedConversationAsync(host, chat));
    }

    /// <summary>The bot host with a multi-tenant app registration, as deployed to Azure.</summary>
    public sealed class RegisteredBotHost() : BotHost(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "9b4d2c1e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        // The local web chat channel cannot sign requests; a registered bot uses Azure's Direct Line instead.
        ["DirectLine:Enabled"] = "false",
    });
}
