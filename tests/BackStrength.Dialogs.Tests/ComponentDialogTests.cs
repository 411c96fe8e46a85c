using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs.Tests;

public class ComponentDialogTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Nested_components_run_their_inner_dialogs_and_hand_results_outwards(bool typedStorage)
    {
        var inner = new ComponentDialog("pain-check");
        inner.AddDialog(new WaterfallDialog("pain-steps",
        [
            (step, ct) => step.PromptAsync("level", Steps.Ask("Pain from 0 to 10?"), ct),
            (step, ct) => step.PromptAsync("where", Steps.Ask("Where does it hurt?"), ct),
            (step, ct) => step.EndDialogAsync($"{step.Result} hurts", ct),
        ]));
        inner.AddDialog(new NumberPrompt<int>("level"));
        inner.AddDialog(new TextPrompt("where"));

        var middle = new ComponentDialog("check-in");
        middle.AddDialog(new WaterfallDialog("check-in-steps",
        [
            (step, ct) => step.BeginDialogAsync("pain-check", null, ct),
            (step, ct) => step.EndDialogAsync($"check-in: {step.Result}", ct),
        ]));
        middle.AddDialog(inner);

        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync("check-in", null, ct),
            Steps.ReportResultAsync,
        ]));
        root.AddDialog(middle);

        await new DialogHarness(root, DialogHarness.StorageOfKind(typedStorage)).Flow()
            .Send("hi").Reply("Pain from 0 to 10?")
            .Send("3").Reply("Where does it hurt?")
            .Send("lower back").Reply("result: check-in: lower back hurts")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_in_the_middle_of_a_prompt_is_answered_and_the_same_question_asked_again()
    {
        await new DialogHarness(new CommandAwareFlow()).Flow()
            .Send("hi").Reply("What is your name?")
            .Send("Ann").Reply("How many minutes do you have?")
            .Send("help").Reply("Answer the question, or say 'start over' or 'cancel'.").Reply("How many minutes do you have?")
            .Send("ten").Reply("Ann has 10 minutes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_does_not_count_as_a_failed_attempt()
    {
        var flow = new CommandAwareFlow(minutesAttempts: 2);
        await new DialogHarness(flow).Flow()
            .Send("hi").Reply("What is your name?")
            .Send("Ann").Reply("How many minutes do you have?")
            .Send("help").Reply("Answer the question, or say 'start over' or 'cancel'.").Reply("How many minutes do you have?")
            .Send("help").Reply("Answer the question, or say 'start over' or 'cancel'.").Reply("How many minutes do you have?")
            .Send("lots").Reply("How many minutes do you have?")
            .Send("5").Reply("Ann has 5 minutes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_on_a_question_asked_by_card_repeats_its_retry_line_so_the_question_is_not_lost()
    {
        await new DialogHarness(new CommandAwareFlow(minutesByCard: true)).Flow()
            .Send("hi").Reply("What is your name?")
            .Send("Ann").Reply("[minutes card]")
            .Send("help").Reply("Answer the question, or say 'start over' or 'cancel'.").Reply("Pick your minutes on the card.")
            .Send("ten").Reply("Ann has 10 minutes")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_word_from_the_bot_before_the_prompt_reads_a_non_answer_still_leaves_the_question_asked()
    {
        await new DialogHarness(new CommandAwareFlow()).Flow()
            .Send("hi").Reply("What is your name?")
            .Send("Ann").Reply("How many minutes do you have?")
            .Send("ouch").Reply("Sorry that hurts.").Reply("How many minutes do you have?")
            .Send("5").Reply("Ann has 5 minutes")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_command_word_inside_an_answer_a_text_prompt_understands_is_left_to_the_prompt()
    {
        await new DialogHarness(new StopAwareQuestion()).Flow()
            .Send("hi").Reply("Pain from 0 to 10?")
            .Send("stop").Reply("Stopped.")
            .Send("hi").Reply("Pain from 0 to 10?")
            .Send("3, stop asking me twice").Reply("result: 3, stop asking me twice")
            .StartTestAsync();
    }

    [Fact]
    public async Task Start_over_replaces_the_flow_from_its_first_question()
    {
        await new DialogHarness(new CommandAwareFlow()).Flow()
            .Send("hi").Reply("What is your name?")
            .Send("Ann").Reply("How many minutes do you have?")
            .Send("Start over!").Reply("Starting over.").Reply("What is your name?")
            .Send("Bea").Reply("How many minutes do you have?")
            .Send("4").Reply("Bea has 4 minutes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_ends_the_component_and_the_parent_carries_on_without_a_result()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync(nameof(CommandAwareFlow), null, ct),
            Steps.ReportResultAsync,
        ]));
        root.AddDialog(new CommandAwareFlow());

        await new DialogHarness(root).Flow()
            .Send("hi").Reply("What is your name?")
            .Send("cancel").Reply("Cancelled.").Reply("result: (no answer)")
            .Send("hello").Reply("What is your name?")
            .StartTestAsync();
    }

    /// <summary>A question whose text prompt says which messages answer it; "stop" is a command only when it does not.</summary>
    private sealed class StopAwareQuestion : ComponentDialog
    {
        public StopAwareQuestion()
            : base(nameof(StopAwareQuestion))
        {
            AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.PromptAsync("pain", Steps.Ask("Pain from 0 to 10?"), ct),
                Steps.ReportResultAsync,
            ]));
            AddDialog(new TextPrompt("pain") { Understands = turn => turn.Activity.Text?.Any(char.IsAsciiDigit) == true });
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            if (innerDc.Context.Activity.Text?.Contains("stop", StringComparison.Ordinal) == true
                && !await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken))
            {
                await innerDc.Context.SendActivityAsync("Stopped.", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            }

            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>
    /// A two-question flow whose interruption hook handles global commands the way the bot's dialogs will:
    /// help answers and re-asks, "start over" restarts the flow, "cancel" ends it.
    /// </summary>
    private sealed class CommandAwareFlow : ComponentDialog
    {
        public CommandAwareFlow(int minutesAttempts = 3, bool minutesByCard = false)
            : base(nameof(CommandAwareFlow))
        {
            AddDialog(new WaterfallDialog("questions",
            [
                (step, ct) => step.PromptAsync("name", Steps.Ask("What is your name?"), ct),
                async (step, ct) =>
                {
                    step.Values["name"] = step.Result!;
                    if (!minutesByCard)
                    {
                        return await step.PromptAsync("minutes", Steps.Ask("How many minutes do you have?"), ct);
                    }

                    // Like the bot's card questions: the card asks, and the prompt keeps only a line for retries.
                    await step.Context.SendActivityAsync("[minutes card]", cancellationToken: ct);
                    return await step.PromptAsync("minutes", new PromptOptions { RetryPrompt = MessageFactory.Text("Pick your minutes on the card.") }, ct);
                },
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"{step.Values.GetValue<string>("name")} has {step.Result} minutes", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]));
            AddDialog(new TextPrompt("name"));
            AddDialog(new NumberPrompt<int>("minutes") { MaxAttempts = minutesAttempts });
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            switch (innerDc.Context.Activity.Text?.Trim().TrimEnd('!').ToLowerInvariant())
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("Answer the question, or say 'start over' or 'cancel'.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "start over":
                    await innerDc.Context.SendActivityAsync("Starting over.", cancellationToken: cancellationToken);
                    await innerDc.CancelAllDialogsAsync(cancellationToken);
                    return await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken);
                case "ouch":
                    // A remark that is not an answer: the prompt still reads the message and asks again.
                    await innerDc.Context.SendActivityAsync("Sorry that hurts.", cancellationToken: cancellationToken);
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }
}
