using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.State;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Easier, harder, swap or a look at one exercise of today's plan that is not on screen, named by its place ("swap the
/// second one", "what does number 3 look like", "the next one") or its name ("make the squat easier"), with what should
/// replace it when named ("swap the bird dog for a plank"): at the plan, or during the session for one still to come. And
/// easier or harder for every exercise still ahead at once. The plan card comes again, changed, so the person sees it whole.
/// </summary>
public sealed class PlanItemChanges(
    VariationNavigator navigator,
    TodaysPlan plan,
    CardViews cards,
    ExerciseLibrary library,
    IOptions<ConversationTexts> texts)
{
    private readonly ConversationTexts _texts = texts.Value;

    /// <summary>
    /// The index in today's plan of the exercise <paramref name="input"/> points at, when the plan is still ahead
    /// (<paramref name="atPlan"/>, or a session under way) and it is not the exercise on screen; null otherwise.
    /// </summary>
    public static int? PointedAt(CoachingState coaching, UserInput input, bool atPlan)
    {
        if (coaching.Plan is not { } today || !(atPlan || coaching.InSession))
        {
            return null;
        }

        var current = coaching.HasCurrentExercise ? coaching.Session!.Index : -1;
        var index = input.Place?.IndexIn(today.Items.Count, current)
            ?? (input.ExerciseId is { } named ? today.Items.ToList().FindIndex(item => item.ExerciseId == named) : null);
        return index is { } found && found >= 0 && found != current ? found : null;
    }

    /// <summary>
    /// During a session, says so when <paramref name="input"/> names an exercise that is not in today's plan ("make the
    /// side plank easier" with no side plank today) rather than changing the one on screen; false when it names none.
    /// </summary>
    public async Task<bool> AnswerNotInPlanAsync(ITurnContext turn, CoachingState coaching, UserInput input, CancellationToken cancellationToken)
    {
        if (!coaching.InSession || input.Place is not null || input.ExerciseId is not { } named
            || coaching.Plan!.Items.Any(item => item.ExerciseId == named) || !library.TryGetExercise(named, out var exercise))
        {
            return false;
        }

        await turn.SendActivityAsync(Format(_texts.NotInPlan, MidSentence.Name(exercise.Name)), cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>
    /// "Skip the rows" at the plan: an exercise is skipped when it comes up, so says how, and how to swap the one named
    /// by its name or place (<paramref name="index"/>) now.
    /// </summary>
    public async Task ExplainSkipAtPlanAsync(ITurnContext turn, CoachingState coaching, int? index, CancellationToken cancellationToken)
    {
        var text = index is { } at
            ? Format(_texts.SkipNamedAtPlan, MidSentence.Name(library.ExerciseOf(coaching.Plan!.Items[at].VariationId).Name))
            : _texts.SkipAtPlan;
        await turn.SendActivityAsync(text, cancellationToken: cancellationToken);
    }

    /// <summary>Shows how the plan's exercise at <paramref name="index"/> is done, in the version the plan has.</summary>
    public async Task ShowAsync(ITurnContext turn, CoachingState coaching, int index, CancellationToken cancellationToken)
    {
        var variation = library.GetVariation(coaching.Plan!.Items[index].VariationId);
        await turn.SendActivityAsync(cards.LookedUpExercise(variation, coaching.Assessment!.Experience, changeNote: null), cancellationToken);
    }

    /// <summary>Makes the plan's exercise at <paramref name="index"/> easier, harder or another one, then shows the plan saying what changed.</summary>
    /// <param name="wanted">For a swap, the exercise asked for by name ("swap the bird dog for a plank"); it comes in when it suits the person today.</param>
    public async Task ChangeAsync(ITurnContext turn, CoachingState coaching, int index, Intent intent, string? wanted, CancellationToken cancellationToken)
    {
        var assessment = coaching.Assessment!;
        var item = coaching.Plan!.Items[index];
        var exercise = library.ExerciseOf(item.VariationId);
        var name = MidSentence.Name(exercise.Name);
        string note;
        switch (intent)
        {
            case Intent.Easier when navigator.Easier(item.VariationId, assessment) is { Variation: { } easier } result:
                plan.Replace(coaching, index, result.Exercise, easier);
                note = Format(_texts.PlanItemEasier, name, MidSentence.Name(easier.Name));
                break;
            case Intent.Easier when navigator.Easier(item.VariationId, assessment) is { GentlerAlternative: { } gentler, GentlerAlternativeVariation: { } start }:
                plan.Replace(coaching, index, gentler, start);
                note = Format(_texts.PlanItemSwapped, name, MidSentence.Name(gentler.Name));
                break;
            case Intent.Easier:
                note = Format(_texts.PlanItemAtEasiest, name);
                break;
            case Intent.Harder when navigator.Harder(item.VariationId, assessment) is { Variation: { } harder } result:
                plan.Replace(coaching, index, result.Exercise, harder);
                note = Format(_texts.PlanItemHarder, name, MidSentence.Name(harder.Name));
                break;
            case Intent.Harder:
                note = Format(_texts.EndOfChainHarder, name);
                break;
            case Intent.Swap when wanted is not null && library.TryGetExercise(wanted, out var asked):
                note = SwapForNamed(coaching, index, exercise, asked);
                break;
            default:
                note = UsualSwap(coaching, index, exercise);
                break;
        }

        var card = cards.Plan(coaching.Plan!, assessment);
        card.Text = note;
        await turn.SendActivityAsync(card, cancellationToken);
    }

    /// <summary>
    /// "Can I do a side plank instead?" at the plan, naming only what should come in: it takes the place of the one planned
    /// exercise it can stand in for (its area, or its closest kin there), saying which; when several could make way, or none
    /// works its area, the person picks which with a button per exercise, each a swap said in full.
    /// </summary>
    public async Task SwapInAsync(ITurnContext turn, CoachingState coaching, string wanted, CancellationToken cancellationToken)
    {
        var planned = coaching.Plan!.Items.Select(item => item.ExerciseId).ToList();
        var asked = library.GetExercise(wanted);
        if (planned.Contains(wanted))
        {
            await turn.SendActivityAsync(Format(_texts.SwapInPlannedAlready, MidSentence.Name(asked.Name)), cancellationToken: cancellationToken);
            return;
        }

        var places = navigator.StandInPlaces(wanted, planned);
        if (places.Count == 1)
        {
            await ChangeAsync(turn, coaching, places[0], Intent.Swap, wanted, cancellationToken);
            return;
        }

        var candidates = (places.Count > 0 ? places : Enumerable.Range(0, planned.Count))
            .Select(index => MidSentence.Name(library.GetExercise(planned[index]).Name))
            .ToList();
        var wantedName = MidSentence.Name(asked.Name);
        var question = MessageFactory.Text(Format(_texts.SwapInWhich, wantedName, candidates[0]));
        var choices = candidates.Select(name => new Choice(Format(_texts.SwapInChoice, name, wantedName))).ToList();
        await turn.SendActivityAsync(ChoiceFactory.AppendChoices(question, turn.Activity, choices, ListStyle.Auto), cancellationToken);
    }

    /// <summary>
    /// Puts <paramref name="asked"/> in the place of the plan's exercise at <paramref name="index"/> when it suits the person
    /// today and is not planned already; otherwise says why, and makes the usual swap.
    /// </summary>
    private string SwapForNamed(CoachingState coaching, int index, Exercise exercise, Exercise asked)
    {
        var named = navigator.SwapTo(asked.Id, coaching.Assessment!, [.. coaching.Plan!.Items.Select(planned => planned.ExerciseId)], coaching.Plan.IsGentle);
        if (!named.Found)
        {
            return $"{RuledOut.WhyNotSwappedIn(named.Refused, asked, coaching.Assessment!, coaching.Plan.IsGentle, _texts)} {UsualSwap(coaching, index, exercise)}";
        }

        plan.Replace(coaching, index, named.Exercise!, named.Variation!);
        return Format(_texts.PlanItemSwappedAsAsked, MidSentence.Name(exercise.Name), MidSentence.Name(asked.Name));
    }

    /// <summary>Swaps the plan's exercise at <paramref name="index"/> for another for the same area; says which, or that none suits.</summary>
    private string UsualSwap(CoachingState coaching, int index, Exercise exercise)
    {
        var swap = navigator.Swap(exercise.Id, coaching.Assessment!, [.. coaching.Plan!.Items.Select(planned => planned.ExerciseId)], coaching.Plan.IsGentle);
        if (!swap.Found)
        {
            return _texts.NoSwapAvailable;
        }

        plan.Replace(coaching, index, swap.Exercise!, swap.Variation!);
        return Format(_texts.PlanItemSwapped, MidSentence.Name(exercise.Name), MidSentence.Name(swap.Exercise!.Name));
    }

    /// <summary>
    /// "Make the whole plan harder", "everything is too easy": every exercise still ahead (the whole plan before starting,
    /// the one on screen and those to come in a session) one version easier or harder where one suits the person; the plan
    /// comes again naming those that stay as they are, then the exercise on screen. A gentle plan is never made harder.
    /// </summary>
    public async Task ChangeAllAsync(ITurnContext turn, CoachingState coaching, bool harder, CancellationToken cancellationToken)
    {
        var from = coaching.HasCurrentExercise ? coaching.Session!.Index : 0;
        var ahead = coaching.Plan!.Items.Count - from;
        var unchanged = harder && coaching.Plan.IsGentle ? null : plan.StepEvery(coaching, harder, from);
        var card = cards.Plan(coaching.Plan!, coaching.Assessment!);
        card.Text = unchanged switch
        {
            null => _texts.GentlePlanKeptGentle,
            { Count: 0 } => harder ? _texts.PlanMadeHarder : _texts.PlanMadeEasier,
            _ when unchanged.Count == ahead => harder ? _texts.PlanAlreadyHardest : _texts.PlanAlreadyEasiest,
            _ => Format(harder ? _texts.PlanPartlyHarder : _texts.PlanPartlyEasier, string.Join(", ", unchanged.Select(exercise => MidSentence.Name(exercise.Name)))),
        };
        await turn.SendActivityAsync(card, cancellationToken);
        if (coaching.HasCurrentExercise)
        {
            await turn.SendActivityAsync(cards.SessionExercise(coaching, changeNote: null), cancellationToken);
        }
    }

    private static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
