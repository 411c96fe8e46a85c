using System.Text.Json;
using System.Text.Json.Serialization;
using BackStrength.Coaching;

namespace BackStrength.Illustrations.Poses;

/// <summary>Reads poses.json and checks each entry, naming the variation and field of the first problem found.</summary>
internal static class PoseFileReader
{
    private const string FileName = "poses.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Friendly to hand editing: comments and trailing commas are fine, misspelt field names are not.
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<ExercisePose> Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        PoseFile? file;
        try
        {
            file = JsonSerializer.Deserialize<PoseFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new ContentValidationException(FileName, e.Path ?? "(file)", e.Message, e);
        }

        if (file?.Poses is not { Count: > 0 } poses)
        {
            throw new ContentValidationException(FileName, "poses", "has no poses.");
        }

        return [.. poses.Select(p => ToPose(p.Key, p.Value))];
    }

    private static ExercisePose ToPose(string id, PoseEntry? entry)
    {
        // Each error names the variation the way the exercise file's errors do.
        var variationId = $"variation '{id}'";
        if (entry is null)
        {
            throw new ContentValidationException(variationId, "(pose)", "is empty.");
        }

        var view = entry.View switch
        {
            "side" => FigureView.Side,
            "front" => FigureView.Front,
            _ => throw new ContentValidationException(variationId, "view", $"'{entry.View}' is not one of: side, front."),
        };
        if (entry.Frames is not { Count: >= 2 })
        {
            throw new ContentValidationException(variationId, "frames", "needs at least two key frames to show a movement.");
        }

        var frames = entry.Frames.ToDictionary(f => f.Key, f => ToFrame(variationId, f.Key, f.Value), StringComparer.Ordinal);
        var sequence = entry.Sequence is null
            ? [.. frames.Keys]
            : FrameNames(variationId, "sequence", entry.Sequence, frames);
        if (sequence.Count < 2)
        {
            throw new ContentValidationException(variationId, "sequence", "needs at least two key frames.");
        }

        var still = entry.Still is null ? [sequence[0], sequence[1]] : FrameNames(variationId, "still", entry.Still, frames);
        if (still.Count != 2 || still[0] == still[1])
        {
            throw new ContentValidationException(variationId, "still", "needs two different key frames: where the movement starts and where it goes.");
        }

        var altText = string.IsNullOrWhiteSpace(entry.AltText)
            ? throw new ContentValidationException(variationId, "altText", "is missing or empty.")
            : entry.AltText.Trim();
        var props = (entry.Props ?? []).Select((p, i) => ToProp(variationId, i, p)).ToList();
        if (props.Any(p => p.Kind == PropKind.BandFromDoor) && props.All(p => p.Kind != PropKind.Door))
        {
            throw new ContentValidationException(variationId, "props", "a band-from-door needs a door to be anchored in.");
        }

        return new ExercisePose(id, view, props, frames, sequence, (still[0], still[1]), altText);
    }

    private static List<string> FrameNames(
        string variationId, string field, List<string?> names, Dictionary<string, KeyFrame> frames)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is not { } name || !frames.ContainsKey(name))
            {
                throw new ContentValidationException(variationId, $"{field}[{i}]", $"'{names[i]}' is not one of the key frames.");
            }
        }

        return [.. names.Select(n => n!)];
    }

    private static KeyFrame ToFrame(string variationId, string name, FrameEntry? entry)
    {
        var field = $"frames.{name}";
        if (entry is null)
        {
            throw new ContentValidationException(variationId, field, "is empty.");
        }

        var torso = entry.Torso ?? throw new ContentValidationException(variationId, $"{field}.torso", "is missing.");
        var nearArm = Arm(variationId, $"{field}.nearArm", entry.NearArm)
            ?? throw new ContentValidationException(variationId, $"{field}.nearArm", "is missing.");
        var nearLeg = Angles(variationId, $"{field}.nearLeg", entry.NearLeg, 3)
            ?? throw new ContentValidationException(variationId, $"{field}.nearLeg", "is missing.");
        var farArm = Arm(variationId, $"{field}.farArm", entry.FarArm) ?? nearArm;
        var farLeg = Angles(variationId, $"{field}.farLeg", entry.FarLeg, 3) ?? nearLeg;
        return new KeyFrame(
            Finite(variationId, $"{field}.x", entry.X ?? 0),
            Finite(variationId, $"{field}.torso", torso),
            Finite(variationId, $"{field}.head", entry.Head ?? torso),
            nearArm,
            farArm,
            new LegAngles(nearLeg[0], nearLeg[1], nearLeg[2]),
            new LegAngles(farLeg[0], farLeg[1], farLeg[2]));
    }

    // An arm is two angles, optionally followed by how much of its length shows (see ArmAngles.Reach).
    private static ArmAngles? Arm(string variationId, string field, double[]? values)
    {
        if (values is null)
        {
            return null;
        }

        if (values.Length is not (2 or 3))
        {
            throw new ContentValidationException(variationId, field, $"needs 2 angles in degrees and an optional reach, found {values.Length} numbers.");
        }

        var angles = Angles(variationId, field, values[..2], 2)!;
        var reach = values.Length == 3 ? values[2] : 1;
        return reach is > 0 and <= 1
            ? new ArmAngles(angles[0], angles[1], reach)
            : throw new ContentValidationException(variationId, field, $"the reach {reach} must be more than 0 and at most 1.");
    }

    private static double[]? Angles(string variationId, string field, double[]? values, int count)
    {
        if (values is null)
        {
            return null;
        }

        if (values.Length != count)
        {
            throw new ContentValidationException(variationId, field, $"needs {count} angles in degrees, found {values.Length}.");
        }

        foreach (var value in values)
        {
            Finite(variationId, field, value);
        }

        return values;
    }

    private static double Finite(string variationId, string field, double value) =>
        double.IsFinite(value) && Math.Abs(value) <= 1000
            ? value
            : throw new ContentValidationException(variationId, field, $"{value} is not a usable number.");

    private static Prop ToProp(string variationId, int index, PropEntry? entry)
    {
        var field = $"props[{index}]";
        if (entry?.Kind is null)
        {
            throw new ContentValidationException(variationId, $"{field}.kind", "is missing.");
        }

        var kind = Enum.GetValues<PropKind>()
            .Where(k => JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString()) == entry.Kind)
            .Select(k => (PropKind?)k)
            .FirstOrDefault()
            ?? throw new ContentValidationException(variationId, $"{field}.kind",
                $"'{entry.Kind}' is not one of: {string.Join(", ", Enum.GetNames<PropKind>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName))}.");
        return new Prop(kind, (float)Finite(variationId, $"{field}.x", entry.X ?? 0), entry.FacesLeft ?? false);
    }
}
