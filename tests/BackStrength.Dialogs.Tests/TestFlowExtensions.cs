using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Dialogs.Tests;

/// <summary>Transcript helpers with a generous reply timeout, so a busy machine cannot make a test flaky.</summary>
internal static class TestFlowExtensions
{
    private const uint ReplyTimeoutMilliseconds = 60_000;

    public static TestFlow Reply(this TestFlow flow, string expectedText)
        => flow.AssertReply(expectedText, null, ReplyTimeoutMilliseconds);

    public static TestFlow Reply(this TestFlow flow, Action<IActivity> check)
        => flow.AssertReply(check, null, ReplyTimeoutMilliseconds);

    /// <summary>Sends what an Adaptive Card Action.Submit sends: a message with the card's data as Value and no text.</summary>
    public static TestFlow SendCardSubmit(this TestFlow flow, object data)
    {
        var activity = new Activity(ActivityTypes.Message) { Value = JObject.FromObject(data) };
        return flow.Send(activity);
    }
}
