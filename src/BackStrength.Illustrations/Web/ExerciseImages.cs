using BackStrength.Coaching.Exercises;
using BackStrength.Illustrations.Poses;
using Microsoft.Extensions.Options;

namespace BackStrength.Illustrations.Web;

/// <summary>Where a variation's picture is served and what it shows, for a card's image and its alt text.</summary>
public sealed record ExerciseImage(string Url, string AltText);

/// <summary>Finds the illustration of an exercise variation for the cards.</summary>
public sealed class ExerciseImages(PoseLibrary poses, IOptions<IllustrationOptions> options)
{
    public const string RoutePrefix = "/images/exercises";

    private readonly string _baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>
    /// The animated picture of the variation, or null when it has none. Cards use the GIF: Teams and web chat both
    /// play it, and a moving figure shows the exercise better than two stills.
    /// </summary>
    public ExerciseImage? Find(Variation variation)
    {
        ArgumentNullException.ThrowIfNull(variation);
        return poses.TryGet(variation.Id, out var pose)
            ? new ExerciseImage($"{_baseUrl}{RoutePrefix}/{Uri.EscapeDataString(variation.Id)}{ImageFormat.Gif.Extension()}", pose.AltText)
            : null;
    }
}
