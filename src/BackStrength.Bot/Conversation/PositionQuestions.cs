using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.State;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// "Can I do this sitting?", "I can't get on the floor" at an exercise: answered from the positions the exercise and
/// its versions are done in, never claiming one the data does not have. Where the exercise on screen needs what the
/// person cannot or would rather not do, a version or another exercise that fits is offered, taken by a "yes".
/// </summary>
public sealed class PositionQuestions(
    ExerciseLibrary library,
    VariationNavigator navigator,
    ExerciseChanges changes,
    IOptions<ConversationTexts> texts,
    IOptions<AnswerVocabulary> vocabulary)
{
    private const string Seated = "Seated";
    private const string Standing = "Standing";
    private const string Desk = "Desk";
    private const string Bed = "Bed";
    private const string Floor = "Floor";
    private const string Kneeling = "Kneeling";

    private static readonly Position[] OffFloor = [Position.Standing, Position.Seated];

    private readonly ConversationTexts _texts = texts.Value;
    private readonly AnswerVocabulary _vocabulary = vocabulary.Value;

    /// <summary>Where or how the message asks to do the exercise; null when it names no place or position.</summary>
    public PlaceWish? Read(string? text)
    {
        var groups = _vocabulary.PlaceWords.Keys.ToList();
        // Clause by clause, so "knees are bad, can't kneel today" still denies kneeling after naming the knees.
        var mentions = AnswerVocabulary.Clauses(text)
            .Select(clause => ChoiceRecognizers.FindMentions(clause, [.. groups.Select(group => _vocabulary.PlaceWords[group])]))
            .ToList();
        var named = mentions.SelectMany(found => found.Named).Distinct().Select(index => groups[index]).ToList();
        var denied = mentions.SelectMany(found => found.Denied).Distinct().Select(index => groups[index]).ToList();
        var limit = (denied.Contains(Floor) || named.Any(group => group is Seated or Standing or Desk) ? PositionLimit.OffFloor : PositionLimit.None)
            | (denied.Contains(Kneeling) ? PositionLimit.NoKneeling : PositionLimit.None);
        // "Sat at my desk" asks for sitting: a position named outright says more than a place.
        var wanted = new HashSet<Position>();
        if (named.Contains(Seated))
        {
            wanted.Add(Position.Seated);
        }

        if (named.Contains(Standing))
        {
            wanted.Add(Position.Standing);
        }

        if (wanted.Count == 0)
        {
            wanted.UnionWith(named.Contains(Desk) ? OffFloor : Enum.GetValues<Position>().Where(position => Allows(limit, position)));
        }

        var said = named.FirstOrDefault(group => group is Seated or Standing) ?? named.FirstOrDefault(group => group is Desk)
            ?? (limit.HasFlag(PositionLimit.OffFloor) ? nameof(PositionLimit.OffFloor) : limit.HasFlag(PositionLimit.NoKneeling) ? nameof(PositionLimit.NoKneeling) : null);
        return said is not null ? new PlaceWish(wanted, limit, said, SaysCannot: denied.Count > 0)
            : named.Contains(Bed) ? new PlaceWish(new HashSet<Position>(), PositionLimit.None, Bed, SaysCannot: false)
            : null;
    }

    /// <summary>Answers the question about the exercise on screen, and offers a change where one fits.</summary>
    public async Task AnswerAsync(ITurnContext turn, CoachingState coaching, PlaceWish wish, CancellationToken cancellationToken)
    {
        var current = library.GetVariation(coaching.CurrentVariationId!);
        var exercise = library.ExerciseOf(current.Id);
        var name = MidSentence.Name(exercise.Name);
        var assessment = coaching.Assessment!;
        var shownIn = _texts.PositionPhrases[current.Position.ToString()];
        string answer;
        PositionOffer? offer = null;
        if (wish.Said == Bed)
        {
            answer = Format(_texts.PositionInBed, exercise.Name, shownIn);
        }
        else if (wish.Positions.Contains(current.Position))
        {
            answer = Format(_texts.PositionYes, name, shownIn);
        }
        else if (navigator.NearestIn(current.Id, assessment, wish.Positions) is { } version)
        {
            answer = $"{Format(_texts.PositionAsShown, exercise.Name, shownIn)} {VersionOffer(version)}";
            offer = new PositionOffer(version.Id, wish.SaysCannot ? wish.Limit : PositionLimit.None);
        }
        else
        {
            var positions = exercise.Variations.Select(variation => variation.Position).Distinct()
                .Select(position => _texts.PositionPhrases[position.ToString()]);
            answer = Format(_texts.PositionNone, name, _texts.PlacePhrases[wish.Said], string.Join(" or ", positions));
            (var offered, offer) = OfferWithin(coaching, current, exercise, wish.Limit);
            answer = offered is null ? answer : $"{answer} {offered}";
        }

        coaching.Session!.PositionOffer = offer;
        await turn.SendActivityAsync(answer, cancellationToken: cancellationToken);
    }

    /// <summary>Takes the offer: the version through the easier/harder path, another exercise through the swap path.</summary>
    public async Task AcceptAsync(ITurnContext turn, CoachingState coaching, UserProfile profile, PositionOffer offer, CancellationToken cancellationToken)
    {
        RuleOut(coaching, offer.Limit);
        if (offer.VariationId is null)
        {
            await changes.ChangeAsync(turn, coaching, profile, Intent.Swap, wanted: null, cancellationToken);
            return;
        }

        await changes.SwitchToAsync(turn, coaching, offer.VariationId, cancellationToken);
    }

    /// <summary>Keeps today's answers to what the person ruled out, as if given at the check-in ("can you get down to the floor?": no).</summary>
    public static void RuleOut(CoachingState coaching, PositionLimit limit) => coaching.Assessment = Limited(coaching.Assessment!, limit);

    /// <summary>
    /// With what the person would rather not do ruled out, where the exercise on screen needs it: a version of the same
    /// exercise that keeps to the rest, else another exercise the swap path finds. Nothing when neither exists.
    /// </summary>
    private (string? Offer, PositionOffer? Taken) OfferWithin(CoachingState coaching, Variation current, Exercise exercise, PositionLimit limit)
    {
        var limited = Limited(coaching.Assessment!, limit);
        if (limit == PositionLimit.None || current.Fits(limited))
        {
            return (null, null);
        }

        if (navigator.NearestIn(current.Id, limited, Enum.GetValues<Position>()) is { } version)
        {
            return (VersionOffer(version), new PositionOffer(version.Id, limit));
        }

        var inPlan = coaching.Plan!.Items.Select(item => item.ExerciseId).ToList();
        return navigator.Swap(exercise.Id, limited, inPlan, coaching.Plan.IsGentle).Found
            ? (Format(_texts.PositionSwapOffer, _texts.PlacePhrases[limit.HasFlag(PositionLimit.OffFloor) ? nameof(PositionLimit.OffFloor) : nameof(PositionLimit.NoKneeling)]),
                new PositionOffer(null, limit))
            : (null, null);
    }

    private string VersionOffer(Variation version) =>
        Format(_texts.PositionVersionOffer, MidSentence.Name(version.Name), _texts.PositionPhrases[version.Position.ToString()]);

    private static Assessment Limited(Assessment assessment, PositionLimit limit) => assessment with
    {
        CanGetToFloor = assessment.CanGetToFloor && !limit.HasFlag(PositionLimit.OffFloor),
        KneelingComfortable = assessment.KneelingComfortable && !limit.HasFlag(PositionLimit.NoKneeling),
    };

    private static bool Allows(PositionLimit limit, Position position) =>
        !(limit.HasFlag(PositionLimit.OffFloor) && position.IsOnFloor()) && !(limit.HasFlag(PositionLimit.NoKneeling) && position.NeedsKneeling());

    private static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}

/// <summary>
/// Where or how a person asks to do an exercise: the positions that would do, what that rules out, the words it is
/// described in (a key of <see cref="ConversationTexts.PlacePhrases"/>), and whether they said they cannot do the rest.
/// </summary>
public sealed record PlaceWish(IReadOnlySet<Position> Positions, PositionLimit Limit, string Said, bool SaysCannot);
