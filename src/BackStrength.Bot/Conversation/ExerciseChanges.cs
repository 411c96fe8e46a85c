using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.State;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Easier, harder, swap and "it hurts" for the exercise on screen: in a session they change today's plan,
/// outside one they show the other version of the exercise that was looked up.
/// </summary>
public sealed class ExerciseChanges(
    VariationNavigator navigator,
    TodaysPlan plan,
    CardViews cards,
    ExerciseLibrary library,
    SafetyContent safety,
    IOptions<ConversationTexts> texts)
{
    private readonly ConversationTexts _texts = texts.Value;

    /// <param name="wanted">For a swap, the exercise asked for by name ("swap this for a plank"); it comes in when it suits the person today.</param>
    public async Task ChangeAsync(ITurnContext turn, CoachingState coaching, UserProfile profile, Intent intent, string? wanted, CancellationToken cancellationToken)
    {
        var assessment = coaching.Assessment ?? LookupAssessment(profile);
        var current = library.GetVariation(coaching.CurrentVariationId!);
        var exercise = library.ExerciseOf(current.Id);
        switch (intent)
        {
            case Intent.Easier:
                var easier = navigator.Easier(current.Id, assessment);
                if (easier.Variation is not null)
                {
                    await ShowAsync(turn, coaching, assessment, easier.Exercise, easier.Variation, Format(_texts.EasierNote, easier.Variation.WhatChanges), cancellationToken);
                }
                else if (easier.GentlerAlternative is not null && easier.GentlerAlternativeVariation is not null)
                {
                    await turn.SendActivityAsync(Format(_texts.EndOfChainEasier, MidSentence.Name(exercise.Name)), cancellationToken: cancellationToken);
                    await ShowAsync(turn, coaching, assessment, easier.GentlerAlternative, easier.GentlerAlternativeVariation,
                        Format(_texts.SwapNote, MidSentence.Name(exercise.Name)), cancellationToken);
                }
                else
                {
                    await turn.SendActivityAsync(Format(_texts.EndOfChainEasier, MidSentence.Name(exercise.Name)), cancellationToken: cancellationToken);
                }

                break;
            case Intent.Harder:
                var harder = navigator.Harder(current.Id, assessment);
                if (harder.Variation is null)
                {
                    var needs = RuledOut.Needs(exercise.Variations.Skip(exercise.IndexOf(current.Id) + 1), assessment, _texts);
                    await turn.SendActivityAsync(needs.Count == 0
                        ? Format(_texts.EndOfChainHarder, MidSentence.Name(exercise.Name))
                        : Format(_texts.HarderNeedsRuledOut, MidSentence.Name(exercise.Name), string.Join(" or ", needs)), cancellationToken: cancellationToken);
                }
                else
                {
                    await ShowAsync(turn, coaching, assessment, harder.Exercise, harder.Variation, Format(_texts.HarderNote, harder.Variation.WhatChanges), cancellationToken);
                }

                break;
            default:
                var inPlan = coaching.HasCurrentExercise ? coaching.Plan!.Items.Select(item => item.ExerciseId).ToList() : [exercise.Id];
                var gentle = coaching.Plan?.IsGentle ?? false;
                if (wanted is not null && library.TryGetExercise(wanted, out var asked))
                {
                    var named = navigator.SwapTo(wanted, assessment, inPlan, gentle);
                    if (named.Found)
                    {
                        await ShowAsync(turn, coaching, assessment, named.Exercise!, named.Variation!, Format(_texts.SwapNoteAsAsked, MidSentence.Name(exercise.Name)), cancellationToken);
                        break;
                    }

                    await turn.SendActivityAsync(RuledOut.WhyNotSwappedIn(named.Refused, asked, assessment, gentle, _texts), cancellationToken: cancellationToken);
                }

                var swap = navigator.Swap(exercise.Id, assessment, inPlan, gentle);
                if (swap.Found)
                {
                    await ShowAsync(turn, coaching, assessment, swap.Exercise!, swap.Variation!, Format(_texts.SwapNote, MidSentence.Name(exercise.Name)), cancellationToken);
                }
                else
                {
                    await turn.SendActivityAsync(_texts.NoSwapAvailable, cancellationToken: cancellationToken);
                }

                break;
        }
    }

    /// <summary>Shows another version of the exercise on screen in its place, saying what changes, as "easier" and "harder" do.</summary>
    public async Task SwitchToAsync(ITurnContext turn, CoachingState coaching, string variationId, CancellationToken cancellationToken)
    {
        var exercise = library.ExerciseOf(variationId);
        var version = library.GetVariation(variationId);
        var note = exercise.IndexOf(variationId) < exercise.IndexOf(coaching.CurrentVariationId!) ? _texts.EasierNote : _texts.HarderNote;
        await ShowAsync(turn, coaching, coaching.Assessment!, exercise, version, Format(note, version.WhatChanges), cancellationToken);
    }

    /// <summary>
    /// Stops the current exercise: records it (once, however often it is said), gives the pain advice, and offers
    /// an easier version.
    /// </summary>
    public async Task StopForPainAsync(ITurnContext turn, CoachingState coaching, CancellationToken cancellationToken)
    {
        var item = coaching.Plan!.Items[coaching.Session!.Index];
        if (!coaching.CurrentExerciseStoppedForPain)
        {
            coaching.Session.Steps.Add(new SessionStep(item.ExerciseId, item.VariationId, Feeling.StoppedForPain));
        }

        var current = library.GetVariation(item.VariationId);
        var easier = navigator.Easier(current.Id, coaching.Assessment!);
        await turn.SendActivityAsync(cards.PainAdvice(current, easier.Variation ?? easier.GentlerAlternativeVariation), cancellationToken);
    }

    /// <summary>
    /// Kit the person turns out not to have, with an exercise on screen or just done: today's answers forget it, and
    /// where the exercise does without it (uses it only if at hand, or not at all), or is already done, that is said and
    /// the exercise stays. False when
    /// the exercise needs the kit, for the caller to swap it.
    /// </summary>
    public async Task<bool> KeepDespiteMissingKitAsync(ITurnContext turn, CoachingState coaching, Equipment missing, CancellationToken cancellationToken)
    {
        coaching.Assessment = coaching.Assessment! with { Equipment = coaching.Assessment.Equipment & ~missing };
        var current = library.GetVariation(coaching.CurrentVariationId!);
        var kit = _texts.KitInWords(missing, " or ");
        // An exercise that does without the kit (the row's weight is optional; the squat uses none) stays.
        if ((current.RequiredEquipment & missing) == Equipment.None)
        {
            await turn.SendActivityAsync(Format(_texts.KitOptional, MidSentence.Name(library.ExerciseOf(current.Id).Name), kit), cancellationToken: cancellationToken);
            return true;
        }

        if (coaching.Session is { AwaitingFeeling: true })
        {
            await turn.SendActivityAsync(Format(_texts.KitNotedAfterExercise, kit), cancellationToken: cancellationToken);
            return true;
        }

        return false;
    }

    public IEnumerable<RedFlag> RedFlagsById(IReadOnlyCollection<string> ids) =>
        safety.RedFlags.Where(flag => ids.Contains(flag.Id));

    private async Task ShowAsync(ITurnContext turn, CoachingState coaching, Assessment assessment, Exercise exercise, Variation variation, string note, CancellationToken cancellationToken)
    {
        if (coaching.HasCurrentExercise)
        {
            plan.Replace(coaching, coaching.Session!.Index, exercise, variation);
            await turn.SendActivityAsync(cards.SessionExercise(coaching, note), cancellationToken);
            return;
        }

        coaching.CurrentVariationId = variation.Id;
        await turn.SendActivityAsync(cards.LookedUpExercise(variation, assessment.Experience, note), cancellationToken);
    }

    /// <summary>
    /// Looking an exercise up before any check-in: show every version the library has, since nothing is known
    /// yet that rules one out (the plan itself always screens first).
    /// </summary>
    private static Assessment LookupAssessment(UserProfile profile) =>
        profile.Baseline?.WithToday(0, 30)
        ?? new Assessment(0, Experience.New, CanGetToFloor: true, KneelingComfortable: true,
            Equipment.ResistanceBand | Equipment.DoorAnchor | Equipment.Weights | Equipment.Chair, 30, null, false);

    private static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
