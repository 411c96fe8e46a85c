using System.Globalization;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Cards.ViewModels;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;
using BackStrength.Illustrations.Web;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Cards;

/// <summary>
/// Builds each card's view model from the coaching domain and renders it. The only place that knows both the
/// domain's shapes and the layouts' data contracts.
/// </summary>
public sealed class CardViews(
    CardReplies replies,
    ExerciseLibrary library,
    SafetyContent safety,
    PlanningText planning,
    DoseText doses,
    ExerciseImages images,
    IOptions<CardWording> cardWording)
{
    private readonly CardWording _wording = cardWording.Value;

    /// <param name="lastSession">When and what the person did last, for someone coming back; null the first time.</param>
    public IMessageActivity Welcome(string? userName, string? lastSession = null) => replies.Create(new WelcomeCard(FirstName(userName), lastSession));

    /// <summary>The assessment card's option titles for one of its choice sets, by option value.</summary>
    public IReadOnlyDictionary<string, string> AssessmentChoiceTitles(string inputId) => replies.ChoiceTitles(CardNames.Assessment, inputId);

    /// <summary>The titles of the named card's buttons, by the value each sends in <paramref name="dataField"/> ("action", "feeling").</summary>
    public IReadOnlyDictionary<string, string> ButtonTitles(string cardName, string dataField) => replies.ActionTitles(cardName, dataField);

    public IMessageActivity Disclaimer() =>
        replies.Create(new DisclaimerCard(safety.Disclaimer, [.. safety.RedFlags.Select(flag => flag.Name)]));

    public IMessageActivity SafetyCheck() =>
        replies.Create(new SafetyCheckCard([.. safety.RedFlags.Select(flag => new RedFlagChoice(flag.Id, flag.Question))]));

    public IMessageActivity SafetyStop(IEnumerable<RedFlag> flags) =>
        replies.Create(new SafetyStopCard(
            [.. flags.DistinctBy(flag => flag.Id).Select(flag => new ReportedRedFlag(flag.Id, flag.Name, flag.Advice))],
            safety.UrgentCareIntro));

    public IMessageActivity Assessment(BaselineAnswers? baseline) =>
        replies.Create(new AssessmentCard(baseline is not null, new AssessmentValues(
            PainNow: null,
            PainBelowKnee: baseline?.PainSpreadsBelowKnee ?? false,
            Experience: baseline?.Experience.ToString().ToLowerInvariant(),
            CanGetToFloor: baseline?.CanGetToFloor ?? true,
            KneelingComfortable: baseline?.KneelingComfortable ?? true,
            Equipment: EquipmentChoices(baseline?.Equipment ?? Equipment.None),
            Minutes: null,
            Focus: baseline?.Focus switch
            {
                Focus.LowerBack => "lowerBack",
                Focus.UpperBackAndPosture => "upperBack",
                Focus.Core => "core",
                _ => null,
            })));

    /// <param name="minutes">The time for today said before the card came ("only got 10 mins"), chosen on it already.</param>
    public IMessageActivity QuickCheck(UserProfile profile, int? minutes) =>
        replies.Create(new QuickCheckCard(Minutes: minutes ?? (profile.History.Count > 0 ? null : 10)));

    public IMessageActivity Plan(SessionPlan plan, Assessment assessment)
    {
        var gentleNotice = !plan.IsGentle ? null
            : assessment.PainSpreadsBelowKnee && assessment.PainNow < SafetyScreen.SeverePain ? safety.PainBelowKneeAdvice
            : safety.SeverePainAdvice;
        return replies.Create(new PlanCard(
            Title: plan.IsGentle ? _wording.GentlePlanTitle : _wording.PlanTitle,
            TotalMinutes: (int)Math.Ceiling(plan.TotalMinutes),
            IsGentle: plan.IsGentle,
            GentleNotice: gentleNotice,
            Equipment: [.. _wording.EquipmentNames(plan.EquipmentNeeded)],
            Notice: plan.Items.Any(item => item.Why == ChoiceReason.EasedAfterBreak) ? planning.LongBreakNote : null,
            Exercises: [.. plan.Items.Select(item =>
            {
                var exercise = library.GetExercise(item.ExerciseId);
                var variation = library.GetVariation(item.VariationId);
                var image = images.Find(variation);
                return new PlanExercise(exercise.Id, exercise.Name, variation.Name, doses.Describe(item.Dose),
                    planning.Reason(exercise, assessment.Focus, item.Why),
                    image?.Url, image?.AltText);
            })]));
    }

    /// <summary>The card of the session's current exercise, with the session's buttons.</summary>
    public IMessageActivity SessionExercise(CoachingState coaching, string? changeNote)
    {
        var item = coaching.Plan!.Items[coaching.Session!.Index];
        return Exercise(library.GetVariation(item.VariationId), item.Dose, (coaching.Session.Index + 1, coaching.Plan.Items.Count), changeNote);
    }

    /// <summary>An exercise looked up by name, outside a session: how to do it, no session buttons.</summary>
    public IMessageActivity LookedUpExercise(Variation variation, Experience experience, string? changeNote) =>
        Exercise(variation, variation.Dose.For(experience), null, changeNote);

    public IMessageActivity Feeling(string variationId) =>
        replies.Create(new FeelingCard(library.ExerciseOf(variationId).Id, MidSentence.Name(library.ExerciseOf(variationId).Name)));

    public IMessageActivity Summary(SessionRecord record, int minutes, IReadOnlyList<string> nextTime, string encouragement)
    {
        var done = record.Entries.Where(entry => entry.Feeling is not (Coaching.Progress.Feeling.Skipped)).ToList();
        return replies.Create(new SummaryCard(
            Completed: [.. done.Select(entry => new CompletedExercise(entry.ExerciseId, library.GetExercise(entry.ExerciseId).Name,
                library.GetVariation(entry.VariationId).Name, _wording.Feelings[entry.Feeling]))],
            Encouragement: encouragement,
            Minutes: minutes,
            Skipped: [.. record.Entries.Where(entry => entry.Feeling == Coaching.Progress.Feeling.Skipped).Select(entry => library.GetExercise(entry.ExerciseId).Name)],
            NextTime: nextTime,
            PainBefore: record.Entries[0].PainBefore,
            PainAfter: record.Entries[0].PainAfter));
    }

    /// <summary>The latest sessions, dated in the person's own time (<paramref name="utcOffset"/>), and each exercise's level.</summary>
    public IMessageActivity Progress(ProgressReport report, TimeSpan utcOffset) =>
        replies.Create(new ProgressCard(
            SessionCount: report.Sessions.Count,
            Sessions: [.. report.Sessions.Take(_wording.ProgressSessionsShown).Select(session => new ProgressSession(
                session.Date.ToOffset(utcOffset).ToString(_wording.ProgressDateFormat, CultureInfo.InvariantCulture),
                session.ExercisesDone, session.PainBefore, session.PainAfter))],
            Levels: [.. report.Levels.Select(level => new ProgressLevel(
                level.Exercise.Id, level.Exercise.Name, level.Variation.Name, level.Level, level.Levels))]));

    public IMessageActivity Library() =>
        replies.Create(new LibraryCard([.. library.Exercises
            .GroupBy(exercise => exercise.Area)
            .OrderBy(group => group.Key)
            .Select(group => new LibraryArea(planning.AreaName(group.Key),
                [.. group.Select(exercise => new LibraryExercise(exercise.Id, exercise.Name, exercise.Strengthens))],
                _wording.AreaDescriptions[group.Key]))]));

    public IMessageActivity Help(string? inSessionNote) =>
        replies.Create(new HelpCard(inSessionNote is not null, inSessionNote));

    public IMessageActivity PainAdvice(Variation? current, Variation? easier)
    {
        var exercise = current is null ? null : library.ExerciseOf(current.Id);
        return replies.Create(new PainAdviceCard(
            Advice: [safety.PainDuringExerciseAdvice],
            ExerciseId: exercise?.Id,
            ExerciseName: exercise is null ? null : MidSentence.Name(exercise.Name),
            CanGoEasier: easier is not null,
            EasierName: easier is null ? null : MidSentence.Name(easier.Name)));
    }

    public IMessageActivity ForgetMe() => replies.Create(new ForgetMeCard(_wording.StoredItems));

    public IMessageActivity Message(string title, string text, params MessageButton[] buttons) =>
        replies.Create(new MessageCard(text, title, buttons));

    private IMessageActivity Exercise(Variation variation, Dose dose, (int Position, int Total)? place, string? changeNote)
    {
        var exercise = library.ExerciseOf(variation.Id);
        var image = images.Find(variation);
        return replies.Create(new ExerciseCard(
            exercise.Id,
            exercise.Name,
            variation.Name,
            variation.Steps,
            doses.Describe(dose),
            ShowSessionActions: place is not null,
            Position: place?.Position,
            Total: place?.Total,
            ChangeNote: changeNote,
            WhyItHelps: exercise.WhyItHelps,
            FormCues: variation.FormCues,
            CommonMistakes: variation.CommonMistakes,
            WhenToStop: string.Join(" ", variation.WhenToStop),
            ImageUrl: image?.Url,
            ImageAltText: image?.AltText));
    }

    private static List<string> EquipmentChoices(Equipment equipment) =>
    [
        .. new[] { (Equipment.ResistanceBand, "band"), (Equipment.DoorAnchor, "door"), (Equipment.Weights, "weights"), (Equipment.Chair, "chair") }
            .Where(pair => equipment.HasFlag(pair.Item1))
            .Select(pair => pair.Item2),
    ];

    private static string? FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ')[0];
}
