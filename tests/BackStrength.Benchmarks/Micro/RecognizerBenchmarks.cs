using System.Globalization;
using BackStrength.Coaching;
using BackStrength.Coaching.Safety;
using BackStrength.Understanding;
using BenchmarkDotNet.Attributes;

namespace BackStrength.Benchmarks.Micro;

/// <summary>Reading chat messages into intents and screening them for warning signs, as the bot does for every message a person types.</summary>
public class RecognizerBenchmarks
{
    private IntentRecognizer _recognizer = null!;
    private SafetyScreen _screen = null!;

    [Params(
        "done",
        "can you make this one a bit easier please",
        "swap the side plank for something else",
        "my lower back hurts when I bend forward",
        "how do I do a bird dog?",
        "harderr plz")]
    public string Message { get; set; } = string.Empty;

    [GlobalSetup]
    public void BuildRecognizer()
    {
        var coaching = CoachingServices.CreateDefault();
        _screen = coaching.Screen;
        var library = coaching.Library;
        _recognizer = new IntentRecognizer(library.Exercises.Select(exercise => new ExerciseName(exercise.Id, exercise.Name, exercise.Aliases)));
    }

    [Benchmark]
    public Recognition Recognize() => _recognizer.Recognize(Message);

    [Benchmark]
    public IReadOnlyList<RedFlag> ScanForWarningSigns() => _screen.ScanText(Message);

    /// <summary>
    /// As in a real turn: the SDK sets the current culture to a new <see cref="CultureInfo"/> from the activity's locale
    /// before the bot runs, so anything that consults it pays that culture's set-up again on every message.
    /// </summary>
    [Benchmark]
    public Recognition RecognizeInTurnCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("en-US");
        try
        {
            return _recognizer.Recognize(Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
