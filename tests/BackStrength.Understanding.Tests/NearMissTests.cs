namespace BackStrength.Understanding.Tests;

/// <summary>
/// Messages that contain an intent's tempting keyword but do not ask for it: negations, comparisons,
/// descriptions, and words that look like a vocabulary word but are not.
/// </summary>
public class NearMissTests
{
    [Theory]
    [InlineData("this is easier than I thought", Intent.Easier)]
    [InlineData("that was way harder than yesterday", Intent.Harder)]
    [InlineData("it's not too hard", Intent.Easier)]
    [InlineData("its not too easy either", Intent.Harder)]
    [InlineData("it's getting easier every day", Intent.Easier)]
    [InlineData("it feels a bit easier now", Intent.Easier)]
    [InlineData("no pain today", Intent.Pain)]
    [InlineData("pain free!", Intent.Pain)]
    [InlineData("I'm not in pain", Intent.Pain)]
    [InlineData("it doesn't hurt", Intent.Pain)]
    [InlineData("it didn't hurt at all", Intent.Pain)]
    [InlineData("nothing hurts", Intent.Pain)]
    [InlineData("I don't need help", Intent.Help)]
    [InlineData("dont need any help thx", Intent.Help)]
    [InlineData("don't stop", Intent.Stop)]
    [InlineData("I don't want to stop", Intent.Stop)]
    [InlineData("the plan sounds good", Intent.ShowPlan)]
    [InlineData("don't forget me", Intent.ForgetMe)]
    [InlineData("I'm not ready yet", Intent.Start)]
    [InlineData("I don't want to start over", Intent.StartOver)]
    [InlineData("no thanks", Intent.Thanks)]
    [InlineData("easier said than done", Intent.Done)]
    [InlineData("how's my progress", Intent.Harder)]
    [InlineData("plane", Intent.ExerciseLookup)]
    [InlineData("I'm on a plane", Intent.ExerciseLookup)]
    [InlineData("bird watching", Intent.ExerciseLookup)]
    [InlineData("I have a dog", Intent.ExerciseLookup)]
    [InlineData("I did three in a row", Intent.ExerciseLookup)]
    [InlineData("are you sure", Intent.Pain)]
    [InlineData("we need a process", Intent.Harder)]
    [InlineData("that was hard but good", Intent.Easier)]
    [InlineData("looks like a lot of fun", Intent.Easier)]
    [InlineData("looks like loads of fun", Intent.Easier)]
    // Real words one typo from a command word: live, "a sip of water" skipped the exercise and "I swam" swapped it.
    [InlineData("let me take a sip of water", Intent.Skip)]
    [InlineData("need a quick sip first", Intent.Skip)]
    [InlineData("i swam this morning so im tired", Intent.Swap)]
    [InlineData("gotta skim my emails", Intent.Skip)]
    [InlineData("that was a slap in the face", Intent.Swap)]
    [InlineData("my cat wants to doze on my mat", Intent.Done)]
    [InlineData("the drone outside is so loud", Intent.Done)]
    [InlineData("i could stomp on the floor", Intent.Stop)]
    [InlineData("going to dine out", Intent.Done)]
    [InlineData("the ship is late", Intent.Skip)]
    public void Does_not_read_the_tempting_intent(string text, Intent tempting)
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize(text);

        Assert.NotEqual(tempting, recognition.Intent);
    }

    /// <summary>Typos of short commands mid-session, which must stay commands beside the real words listed above.</summary>
    [Theory]
    [InlineData("eaiser", Intent.Easier)]
    [InlineData("hardr", Intent.Harder)]
    [InlineData("skp", Intent.Skip)]
    [InlineData("swpa", Intent.Swap)]
    [InlineData("dne", Intent.Done)]
    [InlineData("nxt", Intent.Done)]
    [InlineData("skipp this one", Intent.Skip)]
    [InlineData("swp pls", Intent.Swap)]
    [InlineData("doen", Intent.Done)]
    [InlineData("esier pls", Intent.Easier)]
    public void Short_command_typos_are_still_commands(string text, Intent command)
    {
        Assert.Equal(command, ExerciseLibraryNames.Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("this is easier than I thought")]
    [InlineData("it's not too hard")]
    [InlineData("no pain today")]
    [InlineData("pain free")]
    [InlineData("I'm not in pain")]
    [InlineData("I don't need help")]
    [InlineData("the plan sounds good")]
    [InlineData("don't stop")]
    [InlineData("bird watching")]
    [InlineData("I have a dog")]
    [InlineData("plane")]
    [InlineData("the weather is lovely")]
    [InlineData("asdfgh")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("🙂")]
    public void Gives_none_rather_than_a_guess(string? text)
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize(text);

        Assert.Equal(Intent.None, recognition.Intent);
        Assert.Equal(0, recognition.Confidence);
    }

    [Theory]
    [InlineData("no, it hurts", Intent.Pain)]
    [InlineData("not too hard but my back hurts", Intent.Pain)]
    [InlineData("it was easier than I thought, make it harder", Intent.Harder)]
    [InlineData("I don't need help, just stop", Intent.Stop)]
    [InlineData("not too easy but I want more", Intent.Harder)]
    [InlineData("no pain but it is way too easy", Intent.Harder)]
    [InlineData("stop, it hurts", Intent.Pain)]
    public void A_negation_stays_in_its_own_clause(string text, Intent expected)
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize(text);

        Assert.Equal(expected, recognition.Intent);
    }
}
