using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.State;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Progress;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Ends a session, whether it ran to the end or the person stopped early: saves it to their history and shows
/// the summary with what the next session will change.
/// </summary>
public sealed class SessionWrapUp(
    CoachingStateAccessors state,
    CardViews cards,
    ExerciseLibrary library,
    Progression progression,
    TimeProvider clock,
    IOptions<ConversationTexts> texts)
{
    private readonly ConversationTexts _texts = texts.Value;

    public async Task FinishAsync(ITurnContext turnContext, int? painAfter, CancellationToken cancellationToken)
    {
        var coaching = await state.CoachingAsync(turnContext, cancellationToken);
        CountExerciseAwaitingFeeling(coaching);
        var session = coaching.Session;
        coaching.Session = null;
        if (session is not { AnyExerciseTried: true })
        {
            await turnContext.SendActivityAsync(_texts.NothingDone, cancellationToken: cancellationToken);
            return;
        }

        var painBefore = session.PainBefore;
        // A List, not a collection expression: for an IReadOnlyList the compiler makes a private type that
        // stores writing type names (MemoryStorage, the SDK's blob and Cosmos stores) cannot read back.
        var record = new SessionRecord(clock.GetUtcNow(),
            session.Steps.Select(step => new SessionEntry(step.ExerciseId, step.VariationId, step.Feeling, painBefore, painAfter)).ToList());
        var profile = await state.ProfileAsync(turnContext, cancellationToken);
        profile.AddToHistory(record);
        coaching.PlanDone = true;

        var minutes = (int)Math.Max(1, Math.Round((clock.GetUtcNow() - session.StartedOn).TotalMinutes));
        await turnContext.SendActivityAsync(cards.Summary(record, minutes, NextTime(record, profile.History), _texts.Encouragement), cancellationToken);
    }

    /// <summary>
    /// Ends the exercises of a session stopped early while keeping it open for the pain question: the exercise
    /// awaiting "how did that feel?" counts, and none is on screen any more.
    /// </summary>
    public static void StopExercises(CoachingState coaching)
    {
        CountExerciseAwaitingFeeling(coaching);
        var session = coaching.Session!;
        session.AwaitingFeeling = false;
        session.Index = coaching.Plan!.Items.Count;
    }

    /// <summary>
    /// Stopping at "how did that feel?" comes after the exercise was done, so it counts, without a rating the
    /// person never gave. Unless "it hurts" already recorded it.
    /// </summary>
    private static void CountExerciseAwaitingFeeling(CoachingState coaching)
    {
        if (!coaching.HasCurrentExercise || !coaching.Session!.AwaitingFeeling)
        {
            return;
        }

        var session = coaching.Session;
        var item = coaching.Plan!.Items[session.Index];
        if (!session.Steps.Exists(step => step.VariationId == item.VariationId))
        {
            session.Steps.Add(new SessionStep(item.ExerciseId, item.VariationId, Feeling.NotRated));
        }
    }

    private List<string> NextTime(SessionRecord record, IReadOnlyList<SessionRecord> history)
    {
        var lines = new List<string>();
        if (record.Entries.Any(entry => entry.PainAfter > entry.PainBefore))
        {
            lines.Add(_texts.PainRoseNote);
        }

        foreach (var entry in record.Entries.Where(entry => entry.Feeling != Feeling.Skipped).DistinctBy(entry => entry.ExerciseId))
        {
            var exercise = library.GetExercise(entry.ExerciseId);
            var decision = progression.Decide(entry.ExerciseId, history);
            var index = exercise.IndexOf(decision.LastVariationId ?? entry.VariationId);
            var line = decision.Step switch
            {
                ProgressionStep.StepUp when index + 1 < exercise.Variations.Count =>
                    Format(_texts.NextTimeStepUp, exercise.Name, MidSentence.Name(exercise.Variations[index + 1].Name)),
                ProgressionStep.StepDown when index > 0 =>
                    Format(_texts.NextTimeStepDown, exercise.Name, MidSentence.Name(exercise.Variations[index - 1].Name)),
                ProgressionStep.Stay when entry.Feeling == Feeling.TooEasy => Format(_texts.NextTimeEasyOnce, exercise.Name),
                _ => null,
            };
            if (line is not null)
            {
                lines.Add(line);
            }
        }

        lines.Add(_texts.NextTimeSame);
        return lines;
    }

    private static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
