namespace BackStrength.Understanding;

/// <summary>What the user wants the bot to do. <see cref="None"/> means the text was unclear or not a command.</summary>
public enum Intent
{
    None,
    Start,
    Help,
    Easier,
    Harder,
    Swap,
    ShowPlan,
    Pain,
    StartOver,
    Stop,
    ForgetMe,
    ShowLibrary,
    ExerciseLookup,
    Done,
    Skip,
    Greeting,
    Thanks,
    Reminder,

    /// <summary>"Understood", "ok", "got it": the person has taken in what the bot said.</summary>
    Acknowledge,

    /// <summary>"What is this?", "is this medical advice?", "are you a doctor?": what the bot is and is not.</summary>
    About,

    /// <summary>
    /// A question only a clinician who knows the person can answer ("can I do this pregnant?", "is this good for
    /// sciatica?", "should I take ibuprofen?"), or about something the bot does not track ("how many calories?").
    /// </summary>
    OutOfScope,

    /// <summary>"Show my progress", "how have I been doing?", "my past sessions": what the stored sessions show.</summary>
    Progress,

    /// <summary>"Why do you need to know this?", "why does kneeling matter?": why the waiting question is asked.</summary>
    WhyAsked,

    /// <summary>"Brb", "hold on", "I need a quick break": a pause the person means to come back from, not a stop.</summary>
    Pause,

    /// <summary>"What do you keep about me?", "does my employer see my answers?": what is stored, for how long, who sees it.</summary>
    Privacy,

    /// <summary>"What does a 7 mean?", "what counts as severe?", "how do I rate it?": how to pick a number on the 0 to 10 pain scale.</summary>
    PainScale,

    /// <summary>"How often should I do these?", "can I do this every day?": how many sessions a week, in general terms.</summary>
    HowOften,

    /// <summary>"How long is this gonna take?", "how much longer?": the session's length and the time left in it, not one exercise's dose.</summary>
    SessionLength,
    /// <summary>
    /// "I swam this morning so I'm tired", "legs are dead", "long day": tiredness or earlier activity, said in passing. It
    /// asks for nothing, but mid-session it deserves an answer that offers a gentler way on.
    /// </summary>
    Tired,
}
