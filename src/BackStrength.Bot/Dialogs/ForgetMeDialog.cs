using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Cards;
using BackStrength.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Dialogs;

/// <summary>Confirms, then deletes everything stored about the person. Ends with true when it was deleted.</summary>
public sealed class ForgetMeDialog : ComponentDialog, ISideQuestion
{
    private const string ConfirmPromptId = "forgetMeConfirmPrompt";

    private readonly CardViews _cards;
    private readonly PrivacyEraser _eraser;
    private readonly ConversationTexts _texts;
    private readonly AnswerVocabulary _vocabulary;

    public ForgetMeDialog(CardViews cards, PrivacyEraser eraser, IOptions<ConversationTexts> texts, IOptions<AnswerVocabulary> vocabulary)
        : base(nameof(ForgetMeDialog))
    {
        _cards = cards;
        _eraser = eraser;
        _texts = texts.Value;
        _vocabulary = vocabulary.Value;
        AddDialog(new WaterfallDialog("forgetMeSteps", [ConfirmAsync, ActAsync]));
        AddDialog(new ConfirmPrompt(ConfirmPromptId, ValidateAsync) { MaxAttempts = PromptPatience.Unlimited });
        InitialDialogId = "forgetMeSteps";
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await CardQuestion.AskAsync(step, ConfirmPromptId, _cards.ForgetMe(), _texts.AskForgetMe, _texts.YesNoRetryFor(_texts.AskForgetMe), cancellationToken);

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            return await DropAsync(step, cancellationToken);
        }

        await _eraser.ForgetAsync(step.Context, cancellationToken);
        await step.Context.SendActivityAsync(_texts.ForgetMeDone, cancellationToken: cancellationToken);
        if (KeepsConversationsForReload(step.Context.Activity.ChannelId))
        {
            // The chat page keeps the conversation to show it again after a reload, until the bot ends it.
            await step.Context.SendActivityAsync(new Activity(ActivityTypes.EndOfConversation) { Code = EndOfConversationCodes.CompletedSuccessfully }, cancellationToken);
        }

        return await step.EndDialogAsync(true, cancellationToken);
    }

    public async Task<DialogTurnResult> DropAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(_texts.ForgetMeKept, cancellationToken: cancellationToken);
        return await dc.EndDialogAsync(false, cancellationToken);
    }

    // Web Chat over Direct Line; Teams refuses an endOfConversation from a bot (400 "Unknown activity type").
    private static bool KeepsConversationsForReload(string channelId) =>
        channelId is Channels.Directline or Channels.Webchat;

    /// <summary>Once everything is deleted there is nothing to go back to: end every dialog instead of resuming.</summary>
    protected override Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        result is true ? outerDc.CancelAllDialogsAsync(cancellationToken) : base.EndComponentAsync(outerDc, result, cancellationToken);

    /// <summary>The card's buttons, or the words its text version asks for ("delete everything", "keep my data").</summary>
    private Task<bool> ValidateAsync(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Context.Activity.Text;
        bool? erase = CardAnswers.ActionOf(prompt.Context) switch
        {
            CardActions.ForgetMeConfirm => true,
            CardActions.ForgetMeCancel => false,
            not null => null,
            _ when _vocabulary.IsErase(text) => true,
            _ when _vocabulary.IsKeep(text) => false,
            _ => null,
        };
        if (erase is { } answer)
        {
            prompt.Recognized.Value = answer;
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }
}
