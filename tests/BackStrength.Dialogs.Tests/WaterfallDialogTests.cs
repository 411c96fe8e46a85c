using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs.Tests;

public class WaterfallDialogTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Steps_run_in_order_keeping_values_across_turns_and_NextAsync_skips_waiting(bool typedStorage)
    {
        var waterfall = new WaterfallDialog("profile",
        [
            (step, ct) => step.PromptAsync("text", Steps.Ask("What is your name?"), ct),
            async (step, ct) =>
            {
                step.Values["name"] = (string)step.Result!;
                step.Values["sessions"] = 3;
                return await step.NextAsync("skipped ahead", ct);
            },
            async (step, ct) =>
            {
                step.Values["note"] = (string)step.Result!;
                return await step.PromptAsync("text", Steps.Ask("Which exercise do you like?"), ct);
            },
            async (step, ct) =>
            {
                var summary = $"{step.Values.GetValue<string>("name")} did {step.Values.GetValue<int>("sessions")} sessions, "
                    + $"likes {step.Result}, {step.Values.GetValue<string>("note")} at step {step.Index}";
                await step.Context.SendActivityAsync(summary, cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var root = new ComponentDialog("root").AddDialog(waterfall).AddDialog(new TextPrompt("text"));

        await new DialogHarness(root, DialogHarness.StorageOfKind(typedStorage)).Flow()
            .Send("hi").Reply("What is your name?")
            .Send("Ann").Reply("Which exercise do you like?")
            .Send("cat cow").Reply("Ann did 3 sessions, likes cat cow, skipped ahead at step 3")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_parent_can_change_a_running_waterfalls_values_and_its_later_steps_see_the_change(bool typedStorage)
    {
        await new DialogHarness(new CorrectingParent(), DialogHarness.StorageOfKind(typedStorage)).Flow()
            .Send("hi").Reply("Pain from 0 to 10?")
            .Send("4").Reply("Where is it?")
            .Send("make that 6").Reply("Noted.")
            .Send("lower back").Reply("pain 6 in lower back")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Options_given_at_begin_are_still_there_after_a_prompt(bool typedStorage)
    {
        var child = new WaterfallDialog("child",
        [
            (step, ct) => step.PromptAsync("text", Steps.Ask("Ready?"), ct),
            async (step, ct) =>
            {
                var options = StoredValues.Convert<Dictionary<string, object>>(step.Options)!;
                await step.Context.SendActivityAsync($"starting {options["exercise"]} for {StoredValues.Convert<int>(options["minutes"])} minutes", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var parent = new WaterfallDialog("parent",
        [
            (step, ct) => step.BeginDialogAsync("child", new Dictionary<string, object> { ["exercise"] = "bridge", ["minutes"] = 5 }, ct),
        ]);
        var root = new ComponentDialog("root").AddDialog(parent).AddDialog(child).AddDialog(new TextPrompt("text"));

        await new DialogHarness(root, DialogHarness.StorageOfKind(typedStorage)).Flow()
            .Send("hi").Reply("Ready?")
            .Send("yes").Reply("starting bridge for 5 minutes")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_child_that_ends_hands_its_result_to_the_parents_next_step()
    {
        var child = new WaterfallDialog("child",
        [
            (step, ct) => step.PromptAsync("text", Steps.Ask("Which side hurts?"), ct),
            (step, ct) => step.EndDialogAsync($"side={step.Result}", ct),
        ]);
        var parent = new WaterfallDialog("parent",
        [
            (step, ct) => Steps.SayAsync(step, "Let's check in.", ct),
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            Steps.ReportResultAsync,
        ]);
        var root = new ComponentDialog("root").AddDialog(parent).AddDialog(child).AddDialog(new TextPrompt("text"));

        await new DialogHarness(root).Flow()
            .Send("hi").Reply("Let's check in.").Reply("Which side hurts?")
            .Send("left").Reply("result: side=left")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_step_that_waits_without_a_prompt_gets_the_next_message_as_its_result()
    {
        var waterfall = new WaterfallDialog("root",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Tell me anything.", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            Steps.ReportResultAsync,
        ]);

        await new DialogHarness(waterfall).Flow()
            .Send("hi").Reply("Tell me anything.")
            .Send("my back is stiff").Reply("result: my back is stiff")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_the_root_dialog_completes_the_next_message_starts_it_again()
    {
        var root = Steps.AskOnce(new TextPrompt("text"), Steps.Ask("How are you?"));

        await new DialogHarness(root).Flow()
            .Send("hi").Reply("How are you?")
            .Send("fine").Reply("result: fine")
            .Send("hello again").Reply("How are you?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Replacing_the_waterfall_with_itself_loops_with_fresh_values()
    {
        var loop = new WaterfallDialog("loop",
        [
            async (step, ct) =>
            {
                var round = StoredValues.Convert<int?>(step.Options) ?? 1;
                step.Values["round"] = round;
                return await step.PromptAsync("text", Steps.Ask($"Round {round}: ready?"), ct);
            },
            async (step, ct) =>
            {
                var round = step.Values.GetValue<int>("round");
                if (round == 2)
                {
                    await step.Context.SendActivityAsync("All rounds done.", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                }

                return await step.ReplaceDialogAsync("loop", round + 1, ct);
            },
        ]);
        var root = new ComponentDialog("root").AddDialog(loop).AddDialog(new TextPrompt("text"));

        await new DialogHarness(root).Flow()
            .Send("hi").Reply("Round 1: ready?")
            .Send("go").Reply("Round 2: ready?")
            .Send("go").Reply("All rounds done.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Calling_NextAsync_twice_in_one_step_is_refused()
    {
        var waterfall = new WaterfallDialog("root",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogHarness(waterfall).Flow().Send("hi").StartTestAsync());
    }

    /// <summary>A two-question run whose parent takes "make that N" as a correction of the first answer.</summary>
    private sealed class CorrectingParent : ComponentDialog
    {
        public CorrectingParent()
            : base(nameof(CorrectingParent))
        {
            AddDialog(new WaterfallDialog("run",
            [
                (step, ct) => step.PromptAsync("text", Steps.Ask("Pain from 0 to 10?"), ct),
                async (step, ct) =>
                {
                    step.Values["pain"] = step.Result!;
                    return await step.PromptAsync("text", Steps.Ask("Where is it?"), ct);
                },
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"pain {step.Values.GetValue<string>("pain")} in {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            AddDialog(new TextPrompt("text"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            if (innerDc.Context.Activity.Text is { } text && text.StartsWith("make that ", StringComparison.Ordinal))
            {
                WaterfallDialog.ValuesOf(innerDc.Stack.Single(instance => instance.Id == "run"))["pain"] = text["make that ".Length..];
                await innerDc.Context.SendActivityAsync("Noted.", cancellationToken: cancellationToken);
                return EndOfTurn;
            }

            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}
