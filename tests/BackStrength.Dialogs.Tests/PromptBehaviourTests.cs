using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs.Tests;

/// <summary>What every prompt does: text answers, validators, retries and giving up.</summary>
public class PromptBehaviourTests
{
    [Fact]
    public async Task A_text_prompt_returns_what_was_typed()
    {
        await new DialogHarness(Steps.AskOnce(new TextPrompt("name"), Steps.Ask("Name?"))).Flow()
            .Send("hi").Reply("Name?")
            .Send("Ann Lee").Reply("result: Ann Lee")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("name")]
    [InlineData("value")]
    public async Task A_text_prompt_takes_a_card_submit(string field)
    {
        await new DialogHarness(Steps.AskOnce(new TextPrompt("name"), Steps.Ask("Name?"))).Flow()
            .Send("hi").Reply("Name?")
            .SendCardSubmit(new Dictionary<string, string> { [field] = "Ann" })
            .Reply("result: Ann")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submit_without_a_known_field_is_not_an_answer()
    {
        await new DialogHarness(Steps.AskOnce(new TextPrompt("name"), Steps.Ask("Name?", "Please tell me your name."))).Flow()
            .Send("hi").Reply("Name?")
            .SendCardSubmit(new { somethingElse = "Ann" })
            .Reply("Please tell me your name.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_validator_that_explains_itself_replaces_the_retry_prompt()
    {
        var attemptsSeen = new List<int>();
        var prompt = new TextPrompt("name", async (context, ct) =>
        {
            attemptsSeen.Add(context.AttemptCount);
            if (context.Recognized.Succeeded && context.Recognized.Value!.Trim().Length >= 2)
            {
                return true;
            }

            await context.Context.SendActivityAsync("Please type at least two letters.", cancellationToken: ct);
            return false;
        });

        await new DialogHarness(Steps.AskOnce(prompt, Steps.Ask("Name?", "Your name, please?"))).Flow()
            .Send("hi").Reply("Name?")
            .Send("A").Reply("Please type at least two letters.")
            .Send("Al").Reply("result: Al")
            .StartTestAsync();
        Assert.Equal([1, 2], attemptsSeen);
    }

    [Fact]
    public async Task A_silent_validator_gets_the_retry_prompt_sent()
    {
        var prompt = new NumberPrompt<int>("reps", (context, ct) => Task.FromResult(context.Recognized.Value % 2 == 0));

        await new DialogHarness(Steps.AskOnce(prompt, Steps.Ask("Even reps?", "An even number, please."))).Flow()
            .Send("hi").Reply("Even reps?")
            .Send("3").Reply("An even number, please.")
            .Send("4").Reply("result: 4")
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_question_is_repeated()
    {
        await new DialogHarness(Steps.AskOnce(new NumberPrompt<int>("reps"), Steps.Ask("How many reps?"))).Flow()
            .Send("hi").Reply("How many reps?")
            .Send("no idea").Reply("How many reps?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_without_a_question_waits_silently_and_still_retries()
    {
        // The bot sends a card itself and keeps only a short retry line in the prompt.
        var options = new PromptOptions { RetryPrompt = MessageFactory.Text("Please tap a button or type a number.") };

        await new DialogHarness(Steps.AskOnce(new NumberPrompt<int>("reps"), options)).Flow()
            .Send("hi")
            .Send("hmm").Reply("Please tap a button or type a number.")
            .Send("6").Reply("result: 6")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_three_unusable_answers_the_prompt_ends_with_no_answer()
    {
        await new DialogHarness(Steps.AskOnce(new NumberPrompt<int>("reps"), Steps.Ask("How many reps?", "A number, please."))).Flow()
            .Send("hi").Reply("How many reps?")
            .Send("a few").Reply("A number, please.")
            .Send("some").Reply("A number, please.")
            .Send("dunno").Reply("result: (no answer)")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_number_of_attempts_is_configurable()
    {
        var prompt = new ConfirmPrompt("go") { MaxAttempts = 1 };

        await new DialogHarness(Steps.AskOnce(prompt, Steps.Ask("Go?"))).Flow()
            .Send("hi").Reply(_ => { })
            .Send("hmm").Reply("result: (no answer)")
            .StartTestAsync();
    }

    [Fact]
    public void A_prompt_must_allow_at_least_one_attempt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextPrompt("name") { MaxAttempts = 0 });
    }

    [Fact]
    public async Task A_prompt_started_without_prompt_options_is_a_programming_error()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main", [(step, ct) => step.BeginDialogAsync("name", "not options", ct)]))
            .AddDialog(new TextPrompt("name"));

        await Assert.ThrowsAsync<ArgumentException>(() => new DialogHarness(root).Flow().Send("hi").StartTestAsync());
    }
}
