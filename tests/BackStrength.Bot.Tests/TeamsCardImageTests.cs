using BackStrength.Bot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>
/// Teams fetches a card's images itself, so it needs absolute addresses. Deployed to Azure App Service by the
/// repository's template, which configures no public address, the exercise pictures must still point at the site.
/// </summary>
public sealed class TeamsCardImageTests(TeamsCardImageTests.AppServiceHost host) : IClassFixture<TeamsCardImageTests.AppServiceHost>
{
    [Fact]
    public async Task On_App_Service_the_exercise_pictures_on_a_Teams_card_have_the_sites_https_address()
    {
        var chat = new SdkChat(host, channelId: "msteams");

        var exercise = await Journey.TapToSessionAsync(chat);

        var images = JObject.FromObject(exercise.Activity.AsMessageActivity().Attachments[0].Content).Descendants().OfType<JObject>()
            .Where(element => (string?)element["type"] == "Image").Select(image => (string)image["url"]!).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, url => Assert.StartsWith("https://backstrength-test.azurewebsites.net/images/exercises/", url, StringComparison.Ordinal));
    }

    /// <summary>The bot host as App Service runs it: the platform names the site's host, nothing else is configured.</summary>
    public sealed class AppServiceHost() : BotHost(new Dictionary<string, string?>
    {
        ["WEBSITE_HOSTNAME"] = "backstrength-test.azurewebsites.net",
    });
}
