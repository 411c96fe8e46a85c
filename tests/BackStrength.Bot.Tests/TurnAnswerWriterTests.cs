using BackStrength.Bot.Hosting;
using BackStrength.Cards;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>The replies written on the HTTP response are exactly what the SDK's CloudAdapter would write.</summary>
public sealed class TurnAnswerWriterTests
{
    [Fact]
    public async Task Replies_with_cards_text_and_dates_come_out_as_the_SDK_writes_them()
    {
        var card = JObject.Parse("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Bridge: 2 x 10", "wrap": true } ] }""");
        var replies = new ExpectedReplies([
            new Activity(ActivityTypes.Message) { Text = "Let's go", Timestamp = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(1)) },
            new Activity(ActivityTypes.Message) { Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: card)] },
            new Activity(ActivityTypes.Message) { Attachments = [new Attachment("application/json", content: new { steps = new[] { 1, 2 } })] },
            // The bot's own cards, which are written as the JSON text they were rendered to.
            new Activity(ActivityTypes.Message) { Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: CardTemplate.Parse(card.ToString()).Expand(new { }))] },
        ]);
        var answer = new InvokeResponse { Status = StatusCodes.Status200OK, Body = replies };

        var ours = await WrittenAsync(response => TurnAnswerWriter.WriteAsync(response, answer, CancellationToken.None));
        var sdk = await WrittenAsync(response => HttpHelper.WriteResponseAsync(response, answer));

        Assert.Equal(sdk.Status, ours.Status);
        Assert.Equal(sdk.ContentType, ours.ContentType);
        Assert.True(JToken.DeepEquals(JToken.Parse(sdk.Body), JToken.Parse(ours.Body)), $"SDK: {sdk.Body}\nOurs: {ours.Body}");
    }

    [Fact]
    public async Task A_turn_with_nothing_to_answer_gets_200_and_no_body()
    {
        var ours = await WrittenAsync(response => TurnAnswerWriter.WriteAsync(response, null, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, ours.Status);
        Assert.Empty(ours.Body);
    }

    private static async Task<(int Status, string? ContentType, string Body)> WrittenAsync(Func<HttpResponse, Task> write)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await write(context.Response);
        return (context.Response.StatusCode, context.Response.ContentType, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }
}
