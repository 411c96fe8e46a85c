using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs.Tests;

/// <summary>What happens when stored state does not fit the bot any more, or a turn fails half-way.</summary>
public class StateRecoveryTests
{
    private const string Apology = "Sorry, I lost track of where we were, so let's start again.";

    [Fact]
    public async Task A_stored_inner_dialog_that_no_longer_exists_restarts_with_an_apology()
    {
        var before = new DialogHarness(Flow("root", "old-flow", "Old first?", "Old second?"));
        await before.Flow().Send("hi").Reply("Old first?").StartTestAsync();

        var after = before.WithRoot(Flow("root", "new-flow", "New first?", "New second?"));
        await after.Flow()
            .Send("an answer").Reply(Apology).Reply("New first?")
            .Send("one").Reply("New second?")
            .Send("two").Reply("result: two")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_stored_root_dialog_that_no_longer_exists_restarts_with_an_apology()
    {
        var before = new DialogHarness(Flow("root-v1", "flow", "First?", "Second?"));
        await before.Flow().Send("hi").Reply("First?").StartTestAsync();

        await before.WithRoot(Flow("root-v2", "flow", "First?", "Second?")).Flow()
            .Send("an answer").Reply(Apology).Reply("First?")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stored_step_beyond_the_current_steps_restarts_with_an_apology(bool typedStorage)
    {
        var before = new DialogHarness(Flow("root", "flow", "First?", "Second?", "Third?", "Fourth?"), DialogHarness.StorageOfKind(typedStorage));
        await before.Flow()
            .Send("hi").Reply("First?")
            .Send("a").Reply("Second?")
            .Send("b").Reply("Third?")
            .Send("c").Reply("Fourth?")
            .StartTestAsync();

        // The new version has three steps (two questions and a report); the stored waterfall sits at its fourth.

        await before.WithRoot(Flow("root", "flow", "First?", "Second?")).Flow()
            .Send("d").Reply(Apology).Reply("First?")
            .Send("a").Reply("Second?")
            .Send("b").Reply("result: b")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_stored_prompt_without_its_options_restarts_with_an_apology()
    {
        var harness = new DialogHarness(Flow("root", "flow", "First?", "Second?"));
        var innerStack = new DialogState(
        [
            new DialogInstance { Id = "text", State = new Dictionary<string, object>() },
            new DialogInstance { Id = "flow", State = new Dictionary<string, object> { ["stepIndex"] = 0, ["values"] = new Dictionary<string, object>() } },
        ]);
        await harness.SeedAsync(new DialogState([new DialogInstance { Id = "root", State = new Dictionary<string, object> { ["dialogs"] = innerStack } }]));

        await harness.Flow()
            .Send("an answer").Reply(Apology).Reply("First?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_bot_can_supply_its_own_apology()
    {
        var before = new DialogHarness(Flow("root", "old-flow", "Old first?"));
        await before.Flow().Send("hi").Reply("Old first?").StartTestAsync();

        var ownWords = new DialogRunOptions { LostTrackMessage = "Oops, let's begin again." };
        await before.WithRoot(Flow("root", "new-flow", "New first?"), ownWords).Flow()
            .Send("x").Reply("Oops, let's begin again.").Reply("New first?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_turn_that_throws_leaves_the_stored_conversation_where_it_was()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("flow",
        [
            (step, ct) => step.PromptAsync("reps", Steps.Ask("How many reps?"), ct),
            async (step, ct) =>
            {
                step.Values["reps"] = step.Result!;
                await step.Context.SendActivityAsync("Noted.", cancellationToken: ct);
                if ((int)step.Result! == 13)
                {
                    throw new InvalidOperationException("A step failed.");
                }

                return await step.PromptAsync("reps", Steps.Ask("And how many sets?"), ct);
            },
            Steps.ReportResultAsync,
        ]));
        root.AddDialog(new NumberPrompt<int>("reps"));
        var harness = new DialogHarness(root);

        await harness.Flow().Send("hi").Reply("How many reps?").StartTestAsync();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Flow().Send("13").StartTestAsync());
        Assert.Equal("A step failed.", failure.Message);

        await harness.Flow()
            .Send("10").Reply("Noted.").Reply("And how many sets?")
            .Send("2").Reply("result: 2")
            .StartTestAsync();
    }

    /// <summary>A root component asking its questions in order through one text prompt, then reporting the last answer.</summary>
    private static ComponentDialog Flow(string rootId, string waterfallId, params string[] questions)
    {
        var steps = questions
            .Select(question => (WaterfallStep)((step, ct) => step.PromptAsync("text", Steps.Ask(question), ct)))
            .Append(Steps.ReportResultAsync);
        return new ComponentDialog(rootId)
            .AddDialog(new WaterfallDialog(waterfallId, steps))
            .AddDialog(new TextPrompt("text"));
    }
}
