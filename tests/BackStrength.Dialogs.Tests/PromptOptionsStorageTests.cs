using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Dialogs.Tests;

/// <summary>A prompt's questions are kept in dialog state, so they are written and read with every turn's state.</summary>
public class PromptOptionsStorageTests
{
    private static PromptOptions Question()
    {
        var retry = MessageFactory.Text("Say \"done\" when you have finished.");
        retry.Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: JObject.Parse("""{"type":"AdaptiveCard","body":[]}"""))];
        return new PromptOptions { Prompt = MessageFactory.Text("How was that?"), RetryPrompt = retry };
    }

    [Fact]
    public void A_stored_question_holds_only_the_fields_it_sets_even_under_default_settings()
    {
        // Default settings are what BotState uses to tell whether state changed.
        var stored = JObject.Parse(JsonConvert.SerializeObject(Question()));

        foreach (var question in new[] { stored["Prompt"]!, stored["RetryPrompt"]! })
        {
            Assert.Equal(["type", "text", "inputHint", "attachments"], question.Children<JProperty>().Select(field => field.Name).Except(["entities"]));
        }
    }

    [Theory]
    [InlineData(TypeNameHandling.None)]
    [InlineData(TypeNameHandling.Auto)]
    [InlineData(TypeNameHandling.All)]
    public void A_stored_question_comes_back_as_it_was_asked(TypeNameHandling typeNames)
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = typeNames };

        var read = JsonConvert.DeserializeObject<PromptOptions>(JsonConvert.SerializeObject(Question(), settings), settings)!;

        Assert.Equal("How was that?", Assert.IsType<Activity>(read.Prompt).Text);
        var retry = Assert.IsType<Activity>(read.RetryPrompt);
        Assert.Equal("Say \"done\" when you have finished.", retry.Text);
        Assert.Equal(InputHints.AcceptingInput, retry.InputHint);
        Assert.Equal("AdaptiveCard", JObject.FromObject(Assert.Single(retry.Attachments).Content)["type"]?.Value<string>());
    }

    [Fact]
    public void A_question_stored_with_every_field_written_out_still_reads()
    {
        // How the previous version stored questions: every field of the activity, unset ones as null.
        var stored = """{"Prompt":{"type":"message","id":null,"text":"How was that?","inputHint":"acceptingInput","attachments":[],"value":null},"RetryPrompt":null}""";

        var read = JsonConvert.DeserializeObject<PromptOptions>(stored)!;

        Assert.Equal("How was that?", Assert.IsType<Activity>(read.Prompt).Text);
        Assert.Null(read.RetryPrompt);
    }
}
