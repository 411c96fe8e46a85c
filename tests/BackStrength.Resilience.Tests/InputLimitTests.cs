using System.Net;
using System.Text;
using BackStrength.Resilience.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace BackStrength.Resilience.Tests;

/// <summary>Odd, oversized and incomplete input gets a clear answer, never an error or a crash.</summary>
public sealed class InputLimitTests : IAsyncLifetime
{
    private const int MaxActivityBytes = 16 * 1024;
    private const int MaxMessageCharacters = 500;

    private readonly BotHost _host = new(new Dictionary<string, string?>
    {
        ["Messages:MaxActivityBytes"] = MaxActivityBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messages:MaxMessageCharacters"] = MaxMessageCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_size_limit_is_refused_with_413_whether_or_not_its_length_is_declared(bool declaresLength)
    {
        var chat = new TestChat(_host.CreateClient());
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(chat.Message(new string('a', MaxActivityBytes)));
        HttpContent content = declaresLength
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : new StreamContent(new ChunkedStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _host.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await SavedState.ConversationAsync(_host.Store, chat));
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "not JSON", "this is not json" },
        { "truncated JSON", "{\"type\":\"message\",\"text\":\"hi\"" },
        { "a JSON array", "[{\"type\":\"message\"}]" },
        { "a JSON string", "\"message\"" },
        { "empty", string.Empty },
        { "no type", Activity(activity => activity.Remove("type")) },
        { "a numeric type", Activity(activity => activity["type"] = 7) },
        { "no conversation", Activity(activity => activity.Remove("conversation")) },
        { "no conversation id", Activity(activity => ((JObject)activity["conversation"]!).Remove("id")) },
        { "an object as conversation id", Activity(activity => activity["conversation"]!["id"] = new JObject()) },
        { "no serviceUrl", Activity(activity => activity.Remove("serviceUrl")) },
        { "a relative serviceUrl", Activity(activity => activity["serviceUrl"] = "/relative") },
        { "no from", Activity(activity => activity.Remove("from")) },
        { "no from id", Activity(activity => ((JObject)activity["from"]!).Remove("id")) },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_body_that_is_not_a_complete_activity_is_refused_with_400(string what, string body)
    {
        using var response = await _host.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: answered {(int)response.StatusCode}");
        Assert.DoesNotContain(_host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData("somethingInvented")]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("endOfConversation")]
    [InlineData("event")]
    public async Task An_activity_type_the_bot_does_not_handle_is_accepted_and_ignored(string type)
    {
        var chat = new TestChat(_host.CreateClient());

        var replies = await chat.ExchangeAsync(chat.Stamp(new Activity(type) { Text = "start", Name = "whatever" }));

        Assert.Equal(0, replies.Count);
        Assert.DoesNotContain(_host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_message_longer_than_the_limit_gets_a_polite_request_to_say_it_briefly_and_changes_nothing()
    {
        var chat = new TestChat(_host.CreateClient());
        await Journey.ToAssessmentAsync(chat);
        var before = await SavedState.ConversationSnapshotAsync(_host.Store, chat);

        var replies = await chat.SayAsync(string.Join(' ', Enumerable.Repeat("my back hurts when I sit", 40)));

        Assert.Equal(Journey.Texts(_host.Services).TooLong, Assert.Single(replies.Messages).Text);
        Assert.Equal(before, await SavedState.ConversationSnapshotAsync(_host.Store, chat));
        Assert.Contains("startSession", (await chat.SubmitAsync(Journey.Assessment)).Actions);
    }

    /// <summary>Card data a person cannot produce with the real cards, but a modified client or an old card could.</summary>
    private static readonly string[] ForgedSubmits =
    [
        """{"action":"noSuchAction"}""",
        """{"action":42}""",
        """{"action":["done"]}""",
        """{"action":null}""",
        """{"action":"submitAssessment","painNow":"eleven","experience":"expert","canGetToFloor":"perhaps","kneelingComfortable":3,"equipment":{"band":true},"minutes":"-5","focus":9,"painBelowKnee":"sometimes"}""",
        """{"action":"submitAssessment","painNow":99,"minutes":1000}""",
        """{"action":"feeling","feeling":"ecstatic"}""",
        """{"action":"feeling","feeling":5}""",
        """{"action":"showExercise","exerciseId":"no-such-exercise"}""",
        """[1,"two"]""",
    ];

    public static TheoryData<string, string> ForgedSubmitsAtEveryPrompt()
    {
        var cases = new TheoryData<string, string>();
        foreach (var prompt in new[] { "disclaimer", "safety check", "assessment", "plan", "exercise", "feeling" })
        {
            foreach (var forged in ForgedSubmits)
            {
                cases.Add(prompt, forged);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(ForgedSubmitsAtEveryPrompt))]
    public async Task Forged_or_wrongly_typed_card_values_at_a_prompt_get_an_answer_and_leave_the_prompt_waiting(string prompt, string forged)
    {
        var chat = new TestChat(_host.CreateClient());
        var answerProperly = await ReachAsync(chat, prompt);

        var replies = await chat.ExchangeAsync(chat.Stamp(new Activity(ActivityTypes.Message) { Value = JToken.Parse(forged) }));

        Assert.True(replies.Count > 0, "The bot said nothing.");
        Assert.False(replies.Says(Journey.Texts(_host.Services).TurnFailed), $"The turn failed: {replies}");
        Assert.DoesNotContain(_host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
        await answerProperly();
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public async Task Answers_the_bot_cannot_read_several_times_in_a_row_never_get_silence_and_the_prompt_keeps_its_place(string prompt)
    {
        var chat = new TestChat(_host.CreateClient());
        var answerProperly = await ReachAsync(chat, prompt);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var replies = await chat.SubmitAsync(new { action = "noSuchAction" });
            Assert.True(replies.Count > 0, $"Unreadable answer {attempt} at the {prompt} got no reply.");
        }

        await answerProperly();
    }

    public static TheoryData<string> Prompts => new() { "disclaimer", "safety check", "assessment", "plan", "exercise", "feeling" };

    /// <summary>Brings the chat to the prompt; returns the step that answers it properly, checking where it leads.</summary>
    private static async Task<Func<Task>> ReachAsync(TestChat chat, string prompt)
    {
        switch (prompt)
        {
            case "disclaimer":
                Assert.Contains("acceptDisclaimer", (await chat.SayAsync("start")).Actions);
                return async () => Assert.Contains("submitSafetyCheck", (await chat.SayAsync("yes")).Actions);
            case "safety check":
                Assert.Contains("acceptDisclaimer", (await chat.SayAsync("start")).Actions);
                Assert.Contains("submitSafetyCheck", (await chat.SayAsync("yes")).Actions);
                return async () => Assert.Contains("submitAssessment", (await chat.SayAsync("no")).Actions);
            case "assessment":
                await Journey.ToAssessmentAsync(chat);
                return async () => Assert.Contains("startSession", (await chat.SubmitAsync(Journey.Assessment)).Actions);
            case "plan":
                await Journey.ToPlanAsync(chat);
                return async () => Journey.AssertShowsExercise(await chat.SubmitAsync(new { action = "startSession" }), 1);
            case "exercise":
                await Journey.ToFirstExerciseAsync(chat);
                return async () => Assert.Contains("feeling", (await chat.SayAsync("done")).Actions);
            default:
                await Journey.ToFirstExerciseAsync(chat);
                Assert.Contains("feeling", (await chat.SayAsync("done")).Actions);
                return async () => Journey.AssertShowsExercise(await chat.SubmitAsync(Journey.AboutRight), 2);
        }
    }

    private static string Activity(Action<JObject> spoil)
    {
        var activity = JObject.FromObject(new
        {
            type = "message",
            id = "activity-1",
            channelId = "webchat",
            serviceUrl = "https://webchat.test/",
            conversation = new { id = $"conversation-{Guid.NewGuid():N}" },
            from = new { id = "user-1" },
            recipient = new { id = "bot" },
            text = "start",
            deliveryMode = "expectReplies",
        });
        spoil(activity);
        return activity.ToString();
    }

    /// <summary>A body sent without a Content-Length (chunked), as a streaming client would.</summary>
    private sealed class ChunkedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
