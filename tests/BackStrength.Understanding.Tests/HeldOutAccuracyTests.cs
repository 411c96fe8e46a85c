using Xunit.Abstractions;

namespace BackStrength.Understanding.Tests;

/// <summary>
/// Wordings written after the recognizer was built and never used to tune it: the honest measure of how it does
/// with people who never saw the other tables. Misreadings are printed; the floor only guards against regressions.
/// </summary>
public class HeldOutAccuracyTests(ITestOutputHelper output)
{
    private const double AccuracyFloor = 0.8;

    private static readonly (string Text, Intent Expected)[] HeldOut =
    [
        ("could you give me a less demanding version", Intent.Easier),
        ("my arms are giving out, something softer?", Intent.Easier),
        ("that's beyond me at the moment", Intent.Easier),
        ("is there a beginner option for this", Intent.Easier),
        ("way to hard for me lol", Intent.Easier),
        ("can I do a modified version", Intent.Easier),
        ("i can barely do one rep", Intent.Easier),
        ("this feels like nothing, up the difficulty", Intent.Harder),
        ("boringly easy, next level please", Intent.Harder),
        ("I'm ready for something more advanced", Intent.Harder),
        ("too simple for me", Intent.Harder),
        ("can we make it tougher", Intent.Harder),
        ("I barely broke a sweat, give me a challenge", Intent.Harder),
        ("gimme another exercise", Intent.Swap),
        ("can we change to a different move", Intent.Swap),
        ("I'd prefer another option", Intent.Swap),
        ("got an alternative?", Intent.Swap),
        ("switch me to something else pls", Intent.Swap),
        ("what's on for today", Intent.ShowPlan),
        ("remind me what today's routine is", Intent.ShowPlan),
        ("what have I got lined up", Intent.ShowPlan),
        ("show today's programme", Intent.ShowPlan),
        ("what's the schedule today", Intent.ShowPlan),
        ("my shoulder is hurting", Intent.Pain),
        ("aaah that stung my back", Intent.Pain),
        ("owwwww", Intent.Pain),
        ("i felt something pull in my back", Intent.Pain),
        ("lower back pain again", Intent.Pain),
        ("that gave me a twinge 😖", Intent.Pain),
        ("this aches a lot", Intent.Pain),
        ("what are the commands?", Intent.Help),
        ("how do I work this thing", Intent.Help),
        ("i'm stuck, help", Intent.Help),
        ("what can I ask you", Intent.Help),
        ("can you help me out", Intent.Help),
        ("let's start from the very beginning", Intent.StartOver),
        ("wipe the slate and start again", Intent.StartOver),
        ("reset everything please", Intent.StartOver),
        ("take me back to the start", Intent.StartOver),
        ("I want to begin again", Intent.StartOver),
        ("I've had enough for today", Intent.Stop),
        ("let's stop here", Intent.Stop),
        ("i have to run, bye", Intent.Stop),
        ("end it", Intent.Stop),
        ("quit please", Intent.Stop),
        ("that's it for me today", Intent.Stop),
        ("erase everything about me", Intent.ForgetMe),
        ("please remove all my personal data", Intent.ForgetMe),
        ("I want my info deleted", Intent.ForgetMe),
        ("delete my profile", Intent.ForgetMe),
        ("forget all about me please", Intent.ForgetMe),
        ("which exercises can I do", Intent.ShowLibrary),
        ("show me the full list of exercises", Intent.ShowLibrary),
        ("what moves are in the library", Intent.ShowLibrary),
        ("list all the exercises you know", Intent.ShowLibrary),
        ("browse the exercise catalogue", Intent.ShowLibrary),
        ("what's a glute bridge?", Intent.ExerciseLookup),
        ("teach me the hip hinge", Intent.ExerciseLookup),
        ("how is the kickstand RDL done", Intent.ExerciseLookup),
        ("pallof press how to", Intent.ExerciseLookup),
        ("describe the superman", Intent.ExerciseLookup),
        ("band pull apart instructions", Intent.ExerciseLookup),
        ("what does the side plank involve?", Intent.ExerciseLookup),
        ("squat form tips", Intent.ExerciseLookup),
        ("did that one", Intent.Done),
        ("finished all the reps", Intent.Done),
        ("complete!", Intent.Done),
        ("ok done, what next", Intent.ShowPlan),
        ("i'll pass on this one", Intent.Skip),
        ("skip please", Intent.Skip),
        ("i'd rather skip this", Intent.Skip),
        ("ready to go", Intent.Start),
        ("let's get going", Intent.Start),
        ("start my session", Intent.Start),
        ("hiya", Intent.Greeting),
        ("good afternoon!", Intent.Greeting),
        ("thanks so much", Intent.Thanks),
        ("thank u", Intent.Thanks),
        ("remind me tomorrow at 8am", Intent.Reminder),
        ("turn off my reminders", Intent.Reminder),
        ("that was easier than yesterday", Intent.None),
        ("no pain at all today", Intent.None),
        ("it didn't hurt one bit", Intent.None),
        ("I don't need any help thanks", Intent.Thanks),
        ("I love my dog", Intent.None),
        ("the session went well", Intent.None),
        ("my back feels much better", Intent.None),
        ("it's not too difficult", Intent.None),
        ("nothing hurts anymore", Intent.None),
        ("I'm not stopping now", Intent.None),
    ];

    [Fact]
    public void Reads_most_unseen_wordings_correctly()
    {
        var misread = HeldOut
            .Select(item => (item.Text, item.Expected, Actual: ExerciseLibraryNames.Recognizer.Recognize(item.Text).Intent))
            .Where(reading => reading.Actual != reading.Expected)
            .ToList();
        foreach (var (text, expected, actual) in misread)
        {
            output.WriteLine($"\"{text}\": expected {expected}, read {actual}");
        }
        var accuracy = 1.0 - ((double)misread.Count / HeldOut.Length);
        output.WriteLine($"Held-out accuracy: {HeldOut.Length - misread.Count}/{HeldOut.Length} = {accuracy:P0}");

        Assert.True(accuracy >= AccuracyFloor, $"Held-out accuracy {accuracy:P0} fell below {AccuracyFloor:P0}.");
    }
}
