namespace BackStrength.Understanding.Tests;

/// <summary>The names of the twelve exercises as the exercise library supplies them at runtime.</summary>
internal static class ExerciseLibraryNames
{
    public static readonly IReadOnlyList<ExerciseName> All =
    [
        new("bridge", "Glute bridge", ["glute bridge", "hip bridge"]),
        new("superman", "Superman", ["supermans"]),
        new("bird-dog", "Bird dog", ["bird dog", "birddog", "bird-dog"]),
        new("plank", "Plank", []),
        new("side-plank", "Side plank", ["side plank"]),
        new("bent-over-row", "Bent-over row", ["bent over row", "row", "rows"]),
        new("bent-over-iyt", "Bent-over I-Y-T", ["I-Y-T", "IYT", "I Y T raises"]),
        new("hip-hinge", "Hip hinge", ["hip hinge", "hinge"]),
        new("kickstand-rdl", "Kickstand RDL", ["kickstand RDL", "RDL", "kickstand deadlift", "single-leg deadlift"]),
        new("banded-pull-apart", "Banded pull-apart", ["band pull apart", "pull-apart"]),
        new("pallof-press", "Pallof press", ["pallof", "pall of press", "anti-rotation press"]),
        new("squat", "Squat", ["squats", "sit to stand"]),
    ];

    // Building a recognizer parses the data files once; every test shares it, as the bot does.
    public static readonly IntentRecognizer Recognizer = new(All);
}
