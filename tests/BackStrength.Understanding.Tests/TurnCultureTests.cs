using System.Globalization;

namespace BackStrength.Understanding.Tests;

/// <summary>
/// The Bot Framework sets each turn's current culture to a new <see cref="CultureInfo"/> made from the activity's
/// locale. Reading a message must not consult it: what the person meant does not depend on their Teams language
/// setting, and the first look at a fresh culture's number or text formats sets them up through ICU, which cost about
/// a tenth of the bot's CPU under load while ordinals ("the 4th one") were parsed with it.
/// </summary>
public class TurnCultureTests
{
    [Theory]
    [InlineData("swap the 4th one")]
    [InlineData("what does number 3 look like")]
    [InlineData("pain is 7/10 today")]
    [InlineData("remind me at 7:30 on Mondays")]
    [InlineData("I did 12 reps, 2 sets")]
    [InlineData("İ can't do the SIDE PLANK 😩")]
    [InlineData("make everything harder")]
    [InlineData("1.5")]
    public void Reading_a_message_leaves_the_turns_culture_alone(string text)
    {
        var turnCulture = new WatchedCulture("tr-TR");
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = turnCulture;
        try
        {
            ExerciseLibraryNames.Recognizer.Recognize(text);
            ExerciseLibraryNames.Recognizer.IntentsIn(text);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Empty(turnCulture.Consulted);
    }

    /// <summary>A culture that notes which of its formats were asked for.</summary>
    private sealed class WatchedCulture(string name) : CultureInfo(name)
    {
        public List<string> Consulted { get; } = [];

        public override NumberFormatInfo NumberFormat => Note(base.NumberFormat);

        public override CompareInfo CompareInfo => Note(base.CompareInfo);

        public override TextInfo TextInfo => Note(base.TextInfo);

        public override object? GetFormat(Type? formatType) => Note(base.GetFormat(formatType));

        private T Note<T>(T format)
        {
            Consulted.Add(typeof(T).Name);
            return format;
        }
    }
}
