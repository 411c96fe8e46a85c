using BackStrength.Bot.Tests.Support;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>Microsoft Teams: @mentions of the bot are not part of what the person asked; card taps carry words too.</summary>
public sealed class TeamsTests(BotHost host) : IClassFixture<BotHost>
{
    [Fact]
    public async Task An_at_mention_of_the_bot_is_ignored_when_reading_the_message()
    {
        var chat = new SdkChat(host, channelId: "msteams");
        var message = new Activity(ActivityTypes.Message)
        {
            Text = "<at>BackStrength</at> start",
            Entities =
            [
                new Entity("mention")
                {
                    Properties = JObject.FromObject(new { mentioned = new { id = "backstrength-bot", name = "BackStrength" }, text = "<at>BackStrength</at>" }),
                },
            ],
        };

        (await chat.SendAsync(message)).Single(CardKind.Disclaimer);
    }

    [Fact]
    public async Task The_whole_journey_works_with_taps_as_Teams_sends_them()
    {
        var chat = new SdkChat(host, channelId: "msteams");
        var first = await Journey.TapToSessionAsync(chat);

        var feeling = (await chat.TapAsync(first, "Done")).Single(CardKind.Feeling);
        var second = (await chat.TapAsync(feeling, "Too easy")).Single(CardKind.SessionExercise);

        Assert.StartsWith("Exercise 2 of ", second.Lines[0], StringComparison.Ordinal);
    }
}
