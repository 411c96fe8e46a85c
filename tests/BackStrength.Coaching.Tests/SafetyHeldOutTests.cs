using BackStrength.Coaching.Safety;
using Xunit.Abstractions;

namespace BackStrength.Coaching.Tests;

/// <summary>
/// Casual descriptions of red flags, and harmless sentences that share their words, written before the safety
/// patterns were tuned against them, to measure how the screen does with wordings it was not built from. Misreadings
/// are printed. A missed red flag is the costliest mistake the bot can make, so every one in the table must be
/// caught; false alarms only have a floor, since stopping someone who is well is the safer error.
/// </summary>
public class SafetyHeldOutTests(ITestOutputHelper output)
{
    private static readonly (string Text, string Expected)[] RedFlagWordings =
    [
        ("the pain is worse at night and doesn't go away when I lie down", "night-pain"),
        ("my back hurts at night so bad I can't sleep, nothing helps", "night-pain"),
        ("it wakes me up every night and nothing eases it", "night-pain"),
        ("hurts just as much lying in bed at night, no position helps", "night-pain"),
        ("constant pain at night even when resting", "night-pain"),
        ("the ache keeps me awake all night whatever I do", "night-pain"),
        ("peeing is hard and back hurts", "bladder-bowel-control"),
        ("struggling to pee since the weekend", "bladder-bowel-control"),
        ("I had a little accident, wet myself", "bladder-bowel-control"),
        ("I can't tell when I need the loo anymore", "bladder-bowel-control"),
        ("I was in a car crash", "serious-fall-or-accident"),
        ("came off my motorbike on monday", "serious-fall-or-accident"),
        ("took a tumble down the stairs yesterday", "serious-fall-or-accident"),
        ("my bum's gone numb and it won't go away", "saddle-numbness"),
        ("no feeling round my privates", "saddle-numbness"),
        ("my legs feel like jelly and keep buckling", "leg-weakness"),
        ("I keep tripping because my foot won't lift properly", "leg-weakness"),
        ("feel hot and shivery with this back ache", "fever"),
        ("been having night sweats", "fever"),
        ("I'm being treated for cancer at the moment", "cancer-history"),
        ("dropped a lot of weight and I don't know why", "unexplained-weight-loss"),
    ];

    private static readonly string[] HarmlessWordings =
    [
        "I accidentally skipped yesterday",
        "I skipped my session yesterday",
        "I slept badly last night because of a late meeting",
        "my back is a bit stiff when I wake up but it eases after a shower",
        "I sit all day at a desk and my lower back aches",
        "my legs feel tired after a long walk",
        "I fell asleep at my desk",
        "I lost my phone yesterday",
        "I'm losing weight on purpose, on a diet",
        "I want a stronger core after having a baby",
        "I need to pee, back in a minute",
        "the bridge is hard on my legs",
        "I had a fall years ago and I'm fine now",
        "the plank made my arms shake",
        "I went to bed early last night",
    ];

    [Fact]
    public void Every_casual_description_of_a_red_flag_stops_the_session()
    {
        var missed = RedFlagWordings
            .Where(row => !Shipped.Screen.ScanText(row.Text).Any(flag => flag.Id == row.Expected))
            .ToList();
        foreach (var (text, expected) in missed)
        {
            output.WriteLine($"missed {expected}: \"{text}\"");
        }

        output.WriteLine($"Red flags caught: {RedFlagWordings.Length - missed.Count}/{RedFlagWordings.Length}");
        Assert.Empty(missed);
    }

    [Fact]
    public void Harmless_sentences_rarely_raise_a_false_alarm()
    {
        var alarms = HarmlessWordings
            .Select(text => (Text: text, Flags: Shipped.Screen.ScanText(text)))
            .Where(row => row.Flags.Count > 0)
            .ToList();
        foreach (var (text, flags) in alarms)
        {
            output.WriteLine($"false alarm {string.Join(",", flags.Select(f => f.Id))}: \"{text}\"");
        }

        var clear = HarmlessWordings.Length - alarms.Count;
        output.WriteLine($"Harmless sentences left alone: {clear}/{HarmlessWordings.Length}");
        Assert.True(clear >= HarmlessWordings.Length - 1, $"{alarms.Count} false alarms.");
    }
}
