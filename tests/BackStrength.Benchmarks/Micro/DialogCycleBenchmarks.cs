using BackStrength.Dialogs;
using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace BackStrength.Benchmarks.Micro;

/// <summary>
/// One turn of our dialog engine as the bot runs it: load the conversation state from the SDK's MemoryStorage
/// (which serialises, like the real stores), continue a prompt inside a component's waterfall, step, prompt
/// again, and save. The waterfall loops, so every iteration is the same mid-conversation turn.
/// </summary>
public class DialogCycleBenchmarks
{
    private TestAdapter _adapter = null!;
    private BotCallbackHandler _turn = null!;

    [GlobalSetup]
    public async Task StartConversation()
    {
        _adapter = new TestAdapter(TestAdapter.CreateConversation("dialog-benchmark"));
        var conversationState = new ConversationState(new MemoryStorage());
        var dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        var root = new ExerciseLoopDialog();
        _turn = async (turnContext, cancellationToken) =>
        {
            await root.RunAsync(turnContext, dialogState, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        };
        await _adapter.SendTextToBotAsync("start", _turn, CancellationToken.None);
        _adapter.ActiveQueue.Clear();
    }

    [Benchmark]
    public async Task LoadStepSave()
    {
        await _adapter.SendTextToBotAsync("done", _turn, CancellationToken.None);
        _adapter.ActiveQueue.Clear();
    }

    /// <summary>A component like the bot's session: a waterfall that asks, records the answer, and starts over.</summary>
    private sealed class ExerciseLoopDialog : ComponentDialog
    {
        private const string Steps = "exerciseSteps";
        private const string Prompt = "actionPrompt";

        public ExerciseLoopDialog()
            : base(nameof(ExerciseLoopDialog))
        {
            AddDialog(new WaterfallDialog(Steps, [AskAsync, RecordAsync]));
            AddDialog(new TextPrompt(Prompt));
            InitialDialogId = Steps;
        }

        private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            await step.PromptAsync(Prompt, new PromptOptions { Prompt = MessageFactory.Text("Say \"done\" when you've finished this one.") }, cancellationToken);

        private static async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var done = step.Options is int count ? count + 1 : 1;
            return await step.ReplaceDialogAsync(Steps, done, cancellationToken);
        }
    }
}
