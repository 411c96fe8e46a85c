using System.Text.Json;
using BackStrength.Bot.Cards;
using BackStrength.Cards;
using BackStrength.Coaching.Progress;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// "How did that feel?" answered in words: "fine", "bit easy", "too much", "can I have an easier one?" once it is done,
/// or said together with "done" while the exercise is still on screen ("done, too easy").
/// </summary>
public sealed class TypedFeelings(IntentRecognizer recognizer, IOptions<AnswerVocabulary> vocabulary, CardViews cards)
{
    private List<Choice>? _choices;

    /// <summary>The feeling a button's value names ("tooEasy"), or null when it names none of the three.</summary>
    public static Feeling? Named(string? name) =>
        Enum.TryParse<FeelingChoice>(name, ignoreCase: true, out var named) && Enum.IsDefined(named) ? (Feeling)named : null;

    /// <summary>The feeling typed at "how did that feel?"; <see cref="Feeling.NotRated"/> for "skip"; null when none is said.</summary>
    public Feeling? Read(string? text)
    {
        if (IsUnsure(text))
        {
            return null;
        }

        // "Nxt" is "next" written short: the answer lists hold whole words as people spell them out.
        if (vocabulary.Value.IsSkip(text) || vocabulary.Value.IsSkip(recognizer.WrittenOut(text)))
        {
            return Feeling.NotRated;
        }

        if (ChoiceRecognizers.RecognizeChoice(text, Choices, recognizer.WrittenOut) is { } found)
        {
            return (Feeling)(FeelingChoice)found.Index;
        }

        // "Can I have an easier one?" once it is done says it was too hard; a harder one, that it was too easy.
        return recognizer.Recognize(text).Intent switch
        {
            Intent.Skip => Feeling.NotRated,
            Intent.Easier => Feeling.TooHard,
            Intent.Harder => Feeling.TooEasy,
            _ => null,
        };
    }

    /// <summary>
    /// "Dunno", "hmm not sure abt this one" or "what do you mean?" with no feeling in it: the person cannot pick, so
    /// rather than a skip or the same question again they need what the three answers mean. "Not sure, bit hard" picks one.
    /// </summary>
    public bool IsUnsure(string? text) =>
        (AnswerVocabulary.MentionsAny(text, vocabulary.Value.UnsureFeelingAnswers)
            || AnswerVocabulary.MentionsAny(recognizer.WrittenOut(text), vocabulary.Value.UnsureFeelingAnswers))
        && ChoiceRecognizers.RecognizeChoice(text, Choices, recognizer.WrittenOut) is null;

    /// <summary>
    /// "Done, too easy", "finished that one, felt about right" or "it was ok" with the exercise on screen: it is done, and
    /// how it felt is said with it, so the question need not be asked, nor the words read as "make it harder". Null when
    /// the message does not say done, says no feeling beside it, or asks ("was that right?"). An "ok" that opens the
    /// message ("ok done") only acknowledges, so it is not read as "about right".
    /// </summary>
    public Feeling? SaidWithDone(string? text) =>
        !AnswerVocabulary.IsQuestion(text)
        && (recognizer.IntentsIn(text).Contains(Intent.Done) || vocabulary.Value.ReportsItDone(text))
        && Read(vocabulary.Value.WithoutOpeningAcknowledgements(text)) is { } feeling and not Feeling.NotRated
            ? feeling
            : null;

    /// <summary>
    /// Each feeling's label and synonyms, and the title of the card's button for it as typed ("about right"), built once:
    /// people type the words in front of them.
    /// </summary>
    private List<Choice> Choices => _choices ??= FeelingChoices();

    private List<Choice> FeelingChoices()
    {
        var buttonTitles = cards.ButtonTitles(CardNames.Feeling, CardActions.FeelingField);
        return [.. Enum.GetNames<FeelingChoice>().Select(name => new Choice(vocabulary.Value.FeelingLabels[name])
        {
            Synonyms =
            [
                .. vocabulary.Value.Feelings[name],
                .. buttonTitles.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(name), out var title) ? vocabulary.Value.TypedFormsOfCardTitle(title) : [],
            ],
        })];
    }

    /// <summary>The answers to "how did that feel", in the order of <see cref="Feeling"/>'s first three values.</summary>
    private enum FeelingChoice
    {
        TooEasy = Feeling.TooEasy,
        AboutRight = Feeling.AboutRight,
        TooHard = Feeling.TooHard,
    }
}
