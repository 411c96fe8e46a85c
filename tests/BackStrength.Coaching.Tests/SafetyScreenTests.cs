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
    [InlineData(7, false)]
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
        var outcome = Screen.Evaluate(People.Able with { PainNow = 6 }, []);

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

    // How soon a clinician should see each warning sign, as a physical therapist would triage it: cauda equina signs
    // go to an emergency department now; trauma, new leg weakness, fast-worsening pain and infection signs the same
    // day; the rest at an appointment soon, or with the team already looking after the person.
    [Theory]
    [InlineData("bladder-bowel-control", "emergency department now")]
    [InlineData("saddle-numbness", "emergency department now")]
    [InlineData("leg-weakness", "doctor today")]
    [InlineData("serious-fall-or-accident", "doctor today")]
    [InlineData("worsening-pain", "today or tomorrow")]
    [InlineData("fever", "doctor today")]
    [InlineData("night-pain", "appointment soon")]
    [InlineData("cancer-history", "appointment soon")]
    [InlineData("unexplained-weight-loss", "appointment soon")]
    [InlineData("osteoporosis-or-steroids", "see a doctor soon")]
    [InlineData("recent-surgery", "check with your surgeon")]
    [InlineData("pregnancy", "ask your midwife")]
    public void Each_red_flag_says_how_soon_to_be_seen(string id, string urgency)
    {
        Assert.Contains(urgency, Content.RedFlags.Single(f => f.Id == id).Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_most_urgent_advice_comes_first()
    {
        var outcome = Screen.Evaluate(People.Able, ["pregnancy", "cancer-history", "bladder-bowel-control"]);

        Assert.Equal(["bladder-bowel-control", "cancer-history", "pregnancy"], outcome.RedFlags.Select(f => f.Id));
    }

    [Fact]
    public void The_stop_message_does_not_call_every_warning_sign_an_emergency()
    {
        Assert.DoesNotContain("straight away", Content.UrgentCareIntro, StringComparison.Ordinal);
        Assert.Contains("how soon", Content.UrgentCareIntro, StringComparison.Ordinal);
    }

    [Fact]
    public void Pain_during_an_exercise_means_stop_try_easier_and_when_to_get_help()
    {
        var advice = Content.PainDuringExerciseAdvice;

        Assert.Contains("do not push through it", advice, StringComparison.Ordinal);
        Assert.Contains("easier version", advice, StringComparison.Ordinal);
        Assert.Contains("0 to 10", advice, StringComparison.Ordinal);
        Assert.Contains("emergency", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_disclaimer_says_it_is_not_medical_advice()
    {
        Assert.Contains("not medical advice", Content.Disclaimer, StringComparison.Ordinal);
        Assert.Contains("Stop any exercise that causes sharp pain", Content.Disclaimer, StringComparison.Ordinal);
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
    [InlineData("I have numbness in both legs", "leg-weakness")]
    [InlineData("shooting pain down both legs since Monday", "leg-weakness")]
    [InlineData("I've been feeling really unwell with this back pain", "fever")]
    [InlineData("the pain is getting worse every day", "worsening-pain")]
    [InlineData("my back keeps getting worse and worse", "worsening-pain")]
    [InlineData("the pain in my back is unbearable", "worsening-pain")]
    [InlineData("I have osteoporosis", "osteoporosis-or-steroids")]
    [InlineData("I've been on steroid tablets for years", "osteoporosis-or-steroids")]
    [InlineData("I take prednisolone", "osteoporosis-or-steroids")]
    [InlineData("I had surgery on my back in August", "recent-surgery")]
    [InlineData("had an operation three weeks ago", "recent-surgery")]
    [InlineData("I had a c-section in the spring", "recent-surgery")]
    [InlineData("I'm 20 weeks pregnant", "pregnancy")]
    [InlineData("I gave birth six weeks ago", "pregnancy")]
    [InlineData("I'm pregnant and trying to stay active", "pregnancy")]
    public void Free_text_describing_a_red_flag_is_detected(string text, string expectedId)
    {
        Assert.Contains(expectedId, Screen.ScanText(text).Select(f => f.Id));
    }

    // Said casually: a change in passing water or a stressing word between "can't" and "feel" ("can't really feel").
    [Theory]
    [InlineData("peeing is weird lately", "bladder-bowel-control")]
    [InlineData("my bladder feels different", "bladder-bowel-control")]
    [InlineData("bowels not right since monday", "bladder-bowel-control")]
    [InlineData("cant really feel my bum when i sit on the loo", "saddle-numbness")]
    [InlineData("I can't properly control my bladder", "bladder-bowel-control")]
    [InlineData("i had my appendix out 2 weeks ago", "recent-surgery")]
    [InlineData("gallbladder removed last month", "recent-surgery")]
    public void A_warning_sign_said_casually_is_detected(string text, string expectedId)
    {
        Assert.Contains(expectedId, Screen.ScanText(text).Select(f => f.Id));
    }

    [Theory]
    [InlineData("peeing is normal")]
    [InlineData("a wee bit odd but fine")]
    [InlineData("nothing weird with my bladder")]
    public void A_casual_reassurance_about_passing_water_is_not_a_red_flag(string text)
    {
        Assert.Empty(Screen.ScanText(text));
    }

    [Theory]
    [InlineData("the steroid one, but it's an inhaler", "osteoporosis-or-steroids")]
    [InlineData("surgery years ago", "recent-surgery")]
    public void A_red_flag_the_text_says_is_not_current_is_ruled_out(string text, string expectedId)
    {
        Assert.Contains(expectedId, Screen.RuledOutIn(text).Select(f => f.Id));
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
    [InlineData("my legs feel heavy after the squats")]
    [InlineData("I'm not feeling unwell")]
    [InlineData("I'm not pregnant")]
    [InlineData("we're trying to get pregnant")]
    [InlineData("my wife is pregnant so I'm lifting more")]
    [InlineData("I had a baby three years ago")]
    [InlineData("I work in IT operations and sit all day")]
    [InlineData("I booked an appointment at my GP surgery")]
    [InlineData("I had an operation years ago")]
    [InlineData("I had a steroid injection in my knee")]
    [InlineData("I see an osteopath sometimes")]
    [InlineData("my back is getting better every day")]
    [InlineData("it keeps getting worse with every rep")]
    [InlineData("the plank is unbearable")]
    [InlineData("my back feels a bit worse after sitting all day")]
    [InlineData("I don't have osteoporosis")]
    [InlineData("")]
    [InlineData("had a cancer scare but all clear")]
    [InlineData("the lump was benign")]
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
