using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs.Tests;

/// <summary>Small building blocks for the waterfalls the tests assemble.</summary>
internal static class Steps
{
    public static PromptOptions Ask(string question, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(question),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };

    public static async Task<DialogTurnResult> SayAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
        return await step.NextAsync(step.Result, cancellationToken);
    }

    /// <summary>A last step that reports what the previous prompt returned, "(no answer)" for null.</summary>
    public static async Task<DialogTurnResult> ReportResultAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Result switch
        {
            null => "(no answer)",
            FoundChoice choice => $"choice {choice.Index}: {choice.Value}",
            bool confirmed => confirmed ? "confirmed" : "declined",
            IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };
        await step.Context.SendActivityAsync($"result: {text}", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(step.Result, cancellationToken);
    }

    /// <summary>A root that asks one prompt and reports its answer.</summary>
    public static ComponentDialog AskOnce(Dialog prompt, PromptOptions options)
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("ask-once",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            ReportResultAsync,
        ]));
        root.AddDialog(prompt);
        return root;
    }
}
