using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching.Tests;

public class SafetyScreenTests
{
    private static SafetyScreen Screen => Shipped.Screen;

    private static SafetyContent Content => Shipped.Services.Safety;

    [Fact]
    public void A_reported_red_flag_stops_the_session_with_advice_to_seek_care()
    {
        var outcome = Screen.Evaluate(People.Able, ["saddle-numbness"]);

        Assert.Equal(SafetyLevel.Stop, outcome.Level);
        Assert.Equal("saddle-numbness", Assert.Single(outcome.RedFlags).Id);
        Assert.Equal(Content.UrgentCareIntro, outcome.Advice[0]);
        Assert.Contains(outcome.Advice, a => a.Contains("emergency", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_red_flag_outranks_severe_pain()
    {
        var outcome = Screen.Evaluate(People.Able with { PainNow = 9 }, ["fever"]);

        Assert.Equal(SafetyLevel.Stop, outcome.Level);
    }

    [Theory]
    [InlineData(8, false)]
    [InlineData(10, false)]
    [InlineData(3, true)]
    public void Severe_pain_or_pain_below_the_knee_allows_only_a_gentle_plan_and_advises_a_clinician(int pain, bool belowKnee)
    {
        var outcome = Screen.Evaluate(People.Able with { PainNow = pain, PainSpreadsBelowKnee = belowKnee }, []);

        Assert.Equal(SafetyLevel.GentleOnly, outcome.Level);
        Assert.Contains(outcome.Advice, a => a.Contains("physical therapist", StringComparison.Ordinal));
        Assert.Equal(Content.GentlePlanAdvice, outcome.Advice[^1]);
    }

    [Fact]
    public void Moderate_pain_without_red_flags_is_clear()
    {
        var outcome = Screen.Evaluate(People.Able with { PainNow = 7 }, []);

        Assert.Equal(SafetyLevel.Clear, outcome.Level);
        Assert.Empty(outcome.Advice);
    }

    [Fact]
    public void An_unknown_red_flag_id_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Screen.Evaluate(People.Able, ["headache"]));
    }

    [Fact]
    public void Every_red_flag_has_a_question_and_advice_to_seek_care()
    {
        Assert.All(Content.RedFlags, f =>
        {
            Assert.EndsWith("?", f.Question, StringComparison.Ordinal);
            Assert.Matches("doctor|emergency", f.Advice);
        });
    }

    [Fact]
    public void The_disclaimer_says_it_is_not_medical_advice()
    {
        Assert.Contains("not medical advice", Content.Disclaimer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I can't control my bladder", "bladder-bowel-control")]
    [InlineData("i cant control my bladdr anymore", "bladder-bowel-control")]
    [InlineData("I keep wetting myself", "bladder-bowel-control")]
    [InlineData("lost control of my bowels this morning", "bladder-bowel-control")]
    [InlineData("I've been incontinent since Tuesday", "bladder-bowel-control")]
    [InlineData("numb down there", "saddle-numbness")]
    [InlineData("my groin feels numb", "saddle-numbness")]
    [InlineData("tingling in my inner thighs", "saddle-numbness")]
    [InlineData("I can't feel my bum properly", "saddle-numbness")]
    [InlineData("my legs feel weak since yesterday", "leg-weakness")]
    [InlineData("My left leg keeps giving way", "leg-weakness")]
    [InlineData("no numbness, but my legs feel weak", "leg-weakness")]
    [InlineData("fell off a ladder and now my back hurts", "serious-fall-or-accident")]
    [InlineData("I was in a car accident and my back is sore", "serious-fall-or-accident")]
    [InlineData("I have a fever and back pain", "fever")]
    [InlineData("feeling feverish with chills", "fever")]
    [InlineData("I had breast cancer a few years ago", "cancer-history")]
    [InlineData("I'm losing weight without trying", "unexplained-weight-loss")]
    [InlineData("lost 5 kg without trying", "unexplained-weight-loss")]
    [InlineData("I couldn't pee all day", "bladder-bowel-control")]
    [InlineData("I'm having trouble controlling my bowels", "bladder-bowel-control")]
    [InlineData("I can't feel anything between my legs", "saddle-numbness")]
    [InlineData("my foot is dragging", "leg-weakness")]
    [InlineData("I was hit by a car last week and my back hurts", "serious-fall-or-accident")]
    [InlineData("I slipped on ice yesterday", "serious-fall-or-accident")]
    [InlineData("I have a high temperature", "fever")]
    [InlineData("I've had chemo before", "cancer-history")]
    [InlineData("hurts more when I'm resting than moving, every night", "night-pain")]
    [InlineData("my back aches more in bed at night", "night-pain")]
    [InlineData("I lost 3 kilos, not sure why", "unexplained-weight-loss")]
    public void Free_text_describing_a_red_flag_is_detected(string text, string expectedId)
    {
        Assert.Contains(expectedId, Screen.ScanText(text).Select(f => f.Id));
    }

    // A recent fall or accident is a red flag on its own: people often mention when it happened rather than the back.
    [Theory]
    [InlineData("I had a bad car accident last week")]
    [InlineData("i had a car acident last week")]
    [InlineData("I fell down the stairs a few days ago")]
    [InlineData("I was in a crash two days ago")]
    [InlineData("I had a fall yesterday")]
    [InlineData("I slipped on the ice this morning")]
    [InlineData("I was in an accident recently")]
    [InlineData("I had a recent fall")]
    [InlineData("I fell off my bike last weekend")]
    [InlineData("I had an accident the other day")]
    [InlineData("I was knocked over a week ago")]
    public void A_recent_fall_or_accident_is_detected_without_mentioning_the_back(string text)
    {
        Assert.Equal("serious-fall-or-accident", Assert.Single(Screen.ScanText(text)).Id);
    }

    [Theory]
    [InlineData("my car had an accident")]
    [InlineData("I had an accident years ago")]
    [InlineData("I had a bad car accident years ago")]
    [InlineData("I didn't have an accident last week")]
    public void A_fall_or_accident_that_is_long_past_or_not_about_the_person_is_not_a_red_flag(string text)
    {
        Assert.Empty(Screen.ScanText(text));
    }

    [Theory]
    [InlineData("my bladder is fine")]
    [InlineData("no numbness")]
    [InlineData("I'm not weak")]
    [InlineData("my legs aren't weak")]
    [InlineData("I had a fall last year but I'm fine")]
    [InlineData("I fell over years ago and my back hurt for a while")]
    [InlineData("no fever")]
    [InlineData("I don't have a fever and I feel ok")]
    [InlineData("I've never had cancer")]
    [InlineData("I climbed a ladder at work today")]
    [InlineData("I lost weight on purpose, been dieting")]
    [InlineData("bladder and bowels are normal")]
    [InlineData("my back is stiff after sitting all day")]
    [InlineData("the plank was too hard and my arms felt weak")]
    [InlineData("I didn't lose control of my bladder")]
    [InlineData("I don't have any numbness or tingling")]
    [InlineData("no problems with my bladder")]
    [InlineData("my legs are not weak and I have no fever")]
    [InlineData("I feel weak in my arms")]
    [InlineData("my legs are not so weak today")]
    [InlineData("the bird dog was hard, I fell over")]
    [InlineData("cancelled the session because of work")]
    [InlineData("The bridge made my bum ache")]
    [InlineData("I feel numb about work lately")]
    [InlineData("No, nothing like that")]
    [InlineData("no night pain")]
    [InlineData("it doesn't hurt at night")]
    [InlineData("night shifts make my back ache")]
    [InlineData("I have more time at night for exercises")]
    [InlineData("")]
    public void Near_misses_and_denials_are_not_red_flags(string text)
    {
        Assert.Empty(Screen.ScanText(text));
    }

    [Fact]
    public void Several_red_flags_in_one_message_are_all_found()
    {
        var found = Screen.ScanText("I have a fever. Also I can't control my bladder, and my legs feel weak.");

        Assert.Equal(["bladder-bowel-control", "leg-weakness", "fever"], found.Select(f => f.Id));
    }
}
