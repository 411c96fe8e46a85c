using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// What the bot says in plain chat, bound from Content/conversation.json so the wording can be edited without
/// touching code. Card wording lives in the card layouts and the coaching content instead.
/// </summary>
public sealed class ConversationTexts
{
    public const string Section = "Conversation";

    public string AskDisclaimer { get; set; } = string.Empty;

    public string DisclaimerDeclined { get; set; } = string.Empty;

    public string DisclaimerUpdated { get; set; } = string.Empty;

    public string AskSafetyCheck { get; set; } = string.Empty;

    public string SafetyCheckRetry { get; set; } = string.Empty;

    public string AskPainOrForm { get; set; } = string.Empty;

    public string AskPainOnly { get; set; } = string.Empty;

    public string PainRetry { get; set; } = string.Empty;

    /// <summary>What low, middle and high numbers on the 0 to 10 pain scale mean, for "what does a 7 mean?" at a pain question.</summary>
    public string PainScaleGuide { get; set; } = string.Empty;

    public string AskPainBelowKnee { get; set; } = string.Empty;

    public string AskExperience { get; set; } = string.Empty;

    public string ExperienceRetry { get; set; } = string.Empty;

    public string AskFloor { get; set; } = string.Empty;

    public string AskKneeling { get; set; } = string.Empty;

    public string AskEquipment { get; set; } = string.Empty;

    public string EquipmentRetry { get; set; } = string.Empty;

    public string AskMinutes { get; set; } = string.Empty;

    public string MinutesRetry { get; set; } = string.Empty;

    public string AskFocus { get; set; } = string.Empty;

    /// <summary>{0}: the yes/no question waiting, repeated so the person knows what "yes" or "no" would answer.</summary>
    public string YesNoRetry { get; set; } = string.Empty;

    public string YesNoRetryFor(string question) => string.Format(System.Globalization.CultureInfo.InvariantCulture, YesNoRetry, question);

    public string PlanIntro { get; set; } = string.Empty;

    public string PlanRetry { get; set; } = string.Empty;

    public string PlanMadeEasier { get; set; } = string.Empty;

    public string PlanAlreadyEasiest { get; set; } = string.Empty;

    public string PlanMadeHarder { get; set; } = string.Empty;

    public string PlanAlreadyHardest { get; set; } = string.Empty;

    /// <summary>{0}: the exercises with no easier version, which stay as they are.</summary>
    public string PlanPartlyEasier { get; set; } = string.Empty;

    /// <summary>{0}: the exercises with no harder version that suits the person today, which stay as they are.</summary>
    public string PlanPartlyHarder { get; set; } = string.Empty;

    /// <summary>"Make the whole plan harder" when the plan is gentle because of the pain told.</summary>
    public string GentlePlanKeptGentle { get; set; } = string.Empty;

    public string FeelingRetry { get; set; } = string.Empty;

    /// <summary>What the three answers to "how did that feel?" mean, for someone unsure which to pick.</summary>
    public string FeelingExplained { get; set; } = string.Empty;

    public string SessionActionRetry { get; set; } = string.Empty;

    public string SessionEndedEarly { get; set; } = string.Empty;

    /// <summary>
    /// "Harder" when every harder version needs what today's answers rule out. {0}: the exercise; {1}: what they need,
    /// from <see cref="NeedPhrases"/>.
    /// </summary>
    public string HarderNeedsRuledOut { get; set; } = string.Empty;

    /// <summary>What an exercise can need, by "Floor", "Kneeling" and each kind of kit, in words.</summary>
    public Dictionary<string, string> NeedPhrases { get; set; } = [];

    /// <summary>Each kind of kit in <paramref name="kit"/>, from <see cref="NeedPhrases"/>, joined by <paramref name="separator"/>.</summary>
    public string KitInWords(Equipment kit, string separator) => string.Join(separator,
        Enum.GetValues<Equipment>().Where(one => one != Equipment.None && kit.HasFlag(one)).Select(one => NeedPhrases[one.ToString()]));

    /// <summary>"How often should I do these?": sessions a week in general terms, and the clinician's word first.</summary>
    public string HowOften { get; set; } = string.Empty;

    /// <summary>"It was ok" said at an exercise, taken as done and rated. {0}: the rating ("about right").</summary>
    public string FeelingTakenWithDone { get; set; } = string.Empty;

    /// <summary>The answer to a question about the kit of the exercise on screen ("can I use a water bottle?").</summary>
    public KitAnswerTexts KitAnswers { get; set; } = new();

    /// <summary>"Do I have to do both sides?" at an exercise, by how its version uses them. {0}: the version; {1}: its dose.</summary>
    public SidesAnswerTexts SidesAnswers { get; set; } = new();

    /// <summary>"How do I keep my back flat?" at an exercise: {0}: the version; {1}: its step or form cue that speaks of it.</summary>
    public string FormAnswer { get; set; } = string.Empty;

    /// <summary>A question about form that the version's own steps and cues say nothing about. {0}: the version.</summary>
    public string FormNotInInstructions { get; set; } = string.Empty;

    /// <summary>Said after <see cref="FormAnswer"/> when a common mistake of the version speaks of the same. {0}: the mistake.</summary>
    public string FormMistake { get; set; } = string.Empty;

    /// <summary>"Should I feel this in my back?" at an exercise: {0}: the exercise; {1}: what it works, from its content.</summary>
    public string FeelAnswer { get; set; } = string.Empty;

    /// <summary>Said after <see cref="FeelAnswer"/> for a form cue of the version that says where it is felt. {0}: the cue.</summary>
    public string FeelCue { get; set; } = string.Empty;

    /// <summary>Said after <see cref="FeelAnswer"/>: the version's own signs to stop. {0}: its "when to stop" lines.</summary>
    public string FeelWhenToStop { get; set; } = string.Empty;

    /// <summary>Ends every answer about where to feel an exercise: sharp or spreading pain means stop, and how to say so.</summary>
    public string FeelStop { get; set; } = string.Empty;

    /// <summary>"How much longer?" at an exercise. {0}: the session's minutes in all; {1}: exercises left, this one included; {2}: minutes left.</summary>
    public string SessionTimeLeft { get; set; } = string.Empty;

    /// <summary>The same at the last exercise. {0}: the session's minutes in all; {1}: minutes left.</summary>
    public string SessionTimeLeftLast { get; set; } = string.Empty;

    /// <summary>"How long will this take?" at the plan, before starting. {0}: the plan's minutes.</summary>
    public string SessionTimeAtPlan { get; set; } = string.Empty;

    /// <summary>"Done, what's next?": said before "how did it feel?", which records it. {0}: the next exercise.</summary>
    public string DoneNextUp { get; set; } = string.Empty;

    /// <summary>The same after the plan's last exercise, which has only the summary after it.</summary>
    public string DoneNextUpLast { get; set; } = string.Empty;

    /// <summary>No kit of a kind the exercise on screen only uses if at hand. {0}: the exercise; {1}: the kit.</summary>
    public string KitOptional { get; set; } = string.Empty;

    /// <summary>No kit of a kind, said at "how did that feel?" once the exercise is done. {0}: the kit.</summary>
    public string KitNotedAfterExercise { get; set; } = string.Empty;

    public string PlanDoneTitle { get; set; } = string.Empty;

    /// <summary>The plan asked for once today's session is over. {0}: the exercises done.</summary>
    public string PlanDoneToday { get; set; } = string.Empty;

    public string AnotherCheckInButton { get; set; } = string.Empty;

    public string ReminderButton { get; set; } = string.Empty;

    /// <summary>"What is this?", "is this medical advice?": what the bot is, and that it gives no medical advice.</summary>
    public string About { get; set; } = string.Empty;

    /// <summary>"How many reps?" or "can you time me?" mid-exercise. {0}: the exercise's variation; {1}: its dose in words.</summary>
    public string DoseAnswer { get; set; } = string.Empty;

    /// <summary>"What do you keep about me?": the privacy page in brief. {0}: the days after which untouched data is deleted.</summary>
    public string Privacy { get; set; } = string.Empty;

    /// <summary>"Which of these is it?" asked again; says how to answer when none of them applies after all.</summary>
    public string WhichRedFlagRetry { get; set; } = string.Empty;

    /// <summary>Follows <see cref="About"/> when no question is waiting.</summary>
    public string AboutNextStep { get; set; } = string.Empty;

    /// <summary>An answer to another assessment question given out of turn has been kept; the waiting question follows.</summary>
    /// <summary>Said when a returning person's pain is "the same as last time": {0} is last time's score, said back so it can be corrected.</summary>
    public string PainSameAsLastTime { get; set; } = string.Empty;

    /// <summary>Asks for today's number when the pain is only compared with last time ("a bit better"): {0} is last time's score.</summary>
    public string PainComparedWithLastTime { get; set; } = string.Empty;

    /// <summary>Asks for the number when the pain is compared with a last time the bot has no score for.</summary>
    public string PainNoEarlierScore { get; set; } = string.Empty;

    /// <summary>Said when the time question is skipped for a time given earlier that is one of the options: {0} minutes.</summary>
    public string MinutesKept { get; set; } = string.Empty;

    /// <summary>Said when an answer to the safety check goes by an earlier time ("same as last time") instead of today.</summary>
    public string SafetyCheckToday { get; set; } = string.Empty;

    /// <summary>Said when "same as last time" answers "how many minutes?": {0} is the last plan's minutes.</summary>
    public string MinutesSameAsLastTime { get; set; } = string.Empty;

    /// <summary>Said when "same as last time" answers "how many minutes?" and no plan was made before.</summary>
    public string MinutesNoEarlierPlan { get; set; } = string.Empty;

    /// <summary>Said when a time given is between the options: {0} is the longest option that fits, {1} the minutes said.</summary>
    public string MinutesFitted { get; set; } = string.Empty;

    /// <summary>Said when a time given is shorter than the shortest option: {0} is that option, {1} the minutes said.</summary>
    public string MinutesRaised { get; set; } = string.Empty;

    public string LateAnswerNoted { get; set; } = string.Empty;

    /// <summary>The assessment card arrived with some answers unreadable; the others are kept.</summary>
    public string CardAnswersMissing { get; set; } = string.Empty;

    /// <summary>"Not today" at the plan: a kind goodbye that says how to come back.</summary>
    public string PlanDeclined { get; set; } = string.Empty;

    /// <summary>"Thanks" while a question is waiting; the question follows.</summary>
    public string ThanksMidFlow { get; set; } = string.Empty;

    /// <summary>"Show my plan" while the assessment questions are still being answered.</summary>
    public string PlanAfterQuestions { get; set; } = string.Empty;

    /// <summary>Asking for the plan at a returning person's quick check: what it still needs.</summary>
    public QuickCheckNeedsTexts QuickCheckNeeds { get; set; } = new();

    /// <summary>"Go back" at an exercise: the session only moves forward, but any exercise can be looked up again.</summary>
    public string GoBackInSession { get; set; } = string.Empty;

    /// <summary>"Skip" at the plan: exercises are skipped as they come up, or swapped now.</summary>
    public string SkipAtPlan { get; set; } = string.Empty;

    /// <summary>"Skip the rows" at the plan, with {0} the exercise named.</summary>
    public string SkipNamedAtPlan { get; set; } = string.Empty;

    /// <summary>"Start" or "hi" in the middle of a session (often the next day): the exercise it was on follows.</summary>
    public string SessionResumed { get; set; } = string.Empty;

    /// <summary>"Easier" or "swap" while the assessment questions are still being answered.</summary>
    public string NoExerciseYet { get; set; } = string.Empty;

    /// <summary>"My back hurts" said when no exercise is under way.</summary>
    public string PainOutsideExercise { get; set; } = string.Empty;

    public string NoSessionToEnd { get; set; } = string.Empty;

    /// <summary>"Bye" or "see you tomorrow" with nothing under way, after a summary say: a goodbye, not "okay, stopped".</summary>
    public string Goodbye { get; set; } = string.Empty;

    /// <summary>"Brb" or "hold on" with an exercise on screen: the session waits on it rather than ending.</summary>
    public string PausedAtExercise { get; set; } = string.Empty;

    /// <summary>"Brb" or "hold on" anywhere else: whatever was waiting still waits.</summary>
    public string Paused { get; set; } = string.Empty;

    /// <summary>"I swam this morning so I'm tired" mid-session: the gentler ways on, rather than a reminder of where we are.</summary>
    public string TiredDuringSession { get; set; } = string.Empty;

    /// <summary>Tiredness said with the plan waiting: an easier or shorter plan, or starting anyway.</summary>
    public string TiredAtPlan { get; set; } = string.Empty;

    public string NoCurrentExercise { get; set; } = string.Empty;

    /// <summary>"How many left?" or "what's next?" mid-session: where the person is, said before the plan card.</summary>
    public string SessionPosition { get; set; } = string.Empty;

    /// <summary>The same at the plan's last exercise, which has nothing after it but the summary.</summary>
    public string SessionPositionLast { get; set; } = string.Empty;

    public string NoPlanYet { get; set; } = string.Empty;

    /// <summary>"Ok" or "got it" with nothing under way.</summary>
    public string AcknowledgedIdle { get; set; } = string.Empty;

    /// <summary>"Show my progress" before any session was finished.</summary>
    public string NoProgressYet { get; set; } = string.Empty;

    public string EndOfChainEasier { get; set; } = string.Empty;

    public string EndOfChainHarder { get; set; } = string.Empty;

    public string NoSwapAvailable { get; set; } = string.Empty;

    public string NotUnderstood { get; set; } = string.Empty;

    public string StartOver { get; set; } = string.Empty;

    public string ForgetMeDone { get; set; } = string.Empty;

    public string ForgetMeKept { get; set; } = string.Empty;

    public string Welcomed { get; set; } = string.Empty;

    /// <summary>
    /// The welcome card's line for someone who has done a session before. {0}: when, from <see cref="DaysAgo"/>;
    /// {1}: the exercises they did.
    /// </summary>
    public string WelcomeBackLastSession { get; set; } = string.Empty;

    /// <summary>How long ago a day was: [0] the same day, [1] the day before, [2] more ({0}: the number of days).</summary>
    public List<string> DaysAgo { get; set; } = [];

    public string Thanks { get; set; } = string.Empty;

    public string StorageApology { get; set; } = string.Empty;

    public string TooLong { get; set; } = string.Empty;

    public string RedFlagAcknowledged { get; set; } = string.Empty;

    public string StateLost { get; set; } = string.Empty;

    public string AskWhichRedFlag { get; set; } = string.Empty;

    public string AskNewMinutes { get; set; } = string.Empty;

    public string AskPainAfter { get; set; } = string.Empty;

    public string PainAfterRetry { get; set; } = string.Empty;

    public string NextTimeStepUp { get; set; } = string.Empty;

    public string NextTimeStepDown { get; set; } = string.Empty;

    public string NextTimeEasyOnce { get; set; } = string.Empty;

    public string NextTimeSame { get; set; } = string.Empty;

    public string PainRoseNote { get; set; } = string.Empty;

    public string Encouragement { get; set; } = string.Empty;

    public string NothingDone { get; set; } = string.Empty;

    public string HelpInSession { get; set; } = string.Empty;

    public string StaleCardTap { get; set; } = string.Empty;

    /// <summary>A session button on a card from a session that has ended.</summary>
    public string StaleCardNoSession { get; set; } = string.Empty;

    /// <summary>A tap on the card of a question answered earlier; the question waiting now follows.</summary>
    public string StaleQuestionCard { get; set; } = string.Empty;

    /// <summary>A question only a clinician who knows the person can answer ("can I do this pregnant?").</summary>
    public string OutOfScope { get; set; } = string.Empty;

    /// <summary>"Go back" at the first of the check-in questions; the question follows.</summary>
    public string NothingToGoBackTo { get; set; } = string.Empty;

    /// <summary>"Hi" or "start" while a check-in question waits (often the next day); the question follows.</summary>
    public string QuestionsResumed { get; set; } = string.Empty;

    /// <summary>Dizzy, faint, sick or out of breath during an exercise: what to do now, before the advice on stopping.</summary>
    public string UnwellDuringExercise { get; set; } = string.Empty;

    /// <summary>"Better" or "a bit worse" as the answer to "how is your back now?": the number, against the one from the start ({0}).</summary>
    public string PainAfterCompared { get; set; } = string.Empty;

    /// <summary>"Hi" while "how is your back now?" waits after the last exercise; the question follows.</summary>
    public string PainAfterResumed { get; set; } = string.Empty;

    /// <summary>"Hi" while the plan waits to be started; the plan card follows.</summary>
    public string PlanResumed { get; set; } = string.Empty;

    /// <summary>A pain score given at the plan before starting ("pain is 5 now"); {0}: the score. The plan for it follows.</summary>
    public string PainUpdatedAtPlan { get; set; } = string.Empty;

    /// <summary>Answers other than pain given or changed at the plan ("I've got a band too"); the plan for them follows.</summary>
    public string AnswersUpdatedAtPlan { get; set; } = string.Empty;

    /// <summary>"Swap" at the plan with no exercise named, before any exercise is on screen.</summary>
    public string ChangeOnceStarted { get; set; } = string.Empty;

    /// <summary>Above the plan card when one exercise of it, named by place or name, was made easier: {0} the exercise, {1} its new version.</summary>
    public string PlanItemEasier { get; set; } = string.Empty;

    /// <summary>Above the plan card when one exercise of it is already at its easiest, with no gentler one to swap in: {0} the exercise.</summary>
    public string PlanItemAtEasiest { get; set; } = string.Empty;

    /// <summary>Above the plan card when one exercise of it was made harder: {0} the exercise, {1} its new version.</summary>
    public string PlanItemHarder { get; set; } = string.Empty;

    /// <summary>Above the plan card when one exercise of it was swapped: {0} the exercise taken out, {1} the one swapped in.</summary>
    public string PlanItemSwapped { get; set; } = string.Empty;

    /// <summary>{0}: the exercise swapped out of the plan; {1}: the one asked for by name that took its place.</summary>
    public string PlanItemSwappedAsAsked { get; set; } = string.Empty;

    /// <summary>
    /// "Can I do a side plank instead?" at the plan when more than one exercise could make way: {0} the exercise asked for,
    /// {1} one that could make way, for the example.
    /// </summary>
    public string SwapInWhich { get; set; } = string.Empty;

    /// <summary>A button under <see cref="SwapInWhich"/>, said back as typed: {0} the exercise to make way, {1} the one asked for.</summary>
    public string SwapInChoice { get; set; } = string.Empty;

    /// <summary>"Can I do a plank instead?" at the plan when the plank is planned already: {0} the exercise asked for.</summary>
    public string SwapInPlannedAlready { get; set; } = string.Empty;

    /// <summary>{0}: the exercise asked for by name, which is in today's plan already.</summary>
    public string NamedSwapAlreadyInPlan { get; set; } = string.Empty;

    /// <summary>{0}: the exercise asked for by name; {1}: what its versions need that today's answers rule out.</summary>
    public string NamedSwapNeedsRuledOut { get; set; } = string.Empty;

    /// <summary>{0}: the exercise asked for by name, which does not suit today for another reason (a gentle plan).</summary>
    public string NamedSwapNotToday { get; set; } = string.Empty;

    /// <summary>Easier, harder or swap for an exercise not in today's plan, during the session: {0} the exercise named.</summary>
    public string NotInPlan { get; set; } = string.Empty;

    /// <summary>"Swap" at "how did that feel?": the exercise is behind, so the question waits for its answer.</summary>
    public string SwapAfterExercise { get; set; } = string.Empty;

    /// <summary>"Go back" during the check-in questions; the question before follows.</summary>
    public string GoingBack { get; set; } = string.Empty;

    /// <summary>
    /// Why each check-in question is asked, for "why do you need to know this?", by the question: "safetyCheck", then
    /// the assessment's "pain", "painBelowKnee", "experience", "floor", "kneeling", "equipment", "minutes", "focus", and
    /// "painAfter", asked after the last exercise.
    /// </summary>
    public Dictionary<string, string> WhyAsked { get; set; } = [];

    /// <summary>What "skip this question" does at each check-in question.</summary>
    public SkippedQuestionTexts SkippedQuestion { get; set; } = new();

    public string NotUnderstoodTitle { get; set; } = string.Empty;

    public string StartButton { get; set; } = string.Empty;

    public string HelpButton { get; set; } = string.Empty;

    public string LibraryButton { get; set; } = string.Empty;

    public string EasierNote { get; set; } = string.Empty;

    public string HarderNote { get; set; } = string.Empty;

    public string SwapNote { get; set; } = string.Empty;

    /// <summary>{0}: the exercise the one asked for by name replaced.</summary>
    public string SwapNoteAsAsked { get; set; } = string.Empty;

    public string AskForgetMe { get; set; } = string.Empty;

    public string TurnFailed { get; set; } = string.Empty;

    /// <summary>The heading of the one skippable question asked when a session is stopped early, without pain.</summary>
    public string PainAfterEarlyTitle { get; set; } = string.Empty;

    /// <summary>That question, above its Skip button.</summary>
    public string AskPainAfterEarly { get; set; } = string.Empty;

    /// <summary>Said once when the answer is no score; a second answer without one leaves the score out.</summary>
    public string PainAfterEarlyRetry { get; set; } = string.Empty;

    public string SkipButton { get; set; } = string.Empty;

    /// <summary>"Can I do this standing?" when it is. {0}: the exercise; {1}: its position, from <see cref="PositionPhrases"/>.</summary>
    public string PositionYes { get; set; } = string.Empty;

    /// <summary>Before an offer of another version, when the one on screen is not done that way. {0}: the exercise; {1}: its position.</summary>
    public string PositionAsShown { get; set; } = string.Empty;

    /// <summary>{0}: the exercise; {1}: the way asked for, from <see cref="PlacePhrases"/>; {2}: the positions its versions are done in.</summary>
    public string PositionNone { get; set; } = string.Empty;

    /// <summary>No exercise is written for a bed. {0}: the exercise; {1}: its position.</summary>
    public string PositionInBed { get; set; } = string.Empty;

    /// <summary>{0}: the version offered; {1}: its position.</summary>
    public string PositionVersionOffer { get; set; } = string.Empty;

    /// <summary>{0}: what the other exercise keeps to, from <see cref="PlacePhrases"/> ("off the floor").</summary>
    public string PositionSwapOffer { get; set; } = string.Empty;

    /// <summary>"No" to that offer: the exercise stays.</summary>
    public string PositionOfferDeclined { get; set; } = string.Empty;

    /// <summary>How each <see cref="Coaching.Exercises.Position"/> reads after "is done" ("on your hands and knees").</summary>
    public Dictionary<string, string> PositionPhrases { get; set; } = [];

    /// <summary>
    /// How each way of asking reads after "is done" or "you can do", by the <see cref="AnswerVocabulary.PlaceWords"/> group
    /// ("Seated", "Standing", "Desk"; a bed has <see cref="PositionInBed"/>), and the limits "OffFloor" and "NoKneeling".
    /// </summary>
    public Dictionary<string, string> PlacePhrases { get; set; } = [];
}

/// <summary>
/// "Skip this question": the answer each skippable question is taken as (the one that assumes the least of the person),
/// and why the questions without a safe answer need one.
/// </summary>
public sealed class SkippedQuestionTexts
{
    public string Experience { get; set; } = string.Empty;

    public string Floor { get; set; } = string.Empty;

    public string Kneeling { get; set; } = string.Empty;

    public string Equipment { get; set; } = string.Empty;

    /// <summary>{0}: the shortest session's minutes.</summary>
    public string Minutes { get; set; } = string.Empty;

    public string Focus { get; set; } = string.Empty;

    public string PainNeeded { get; set; } = string.Empty;

    public string PainBelowKneeNeeded { get; set; } = string.Empty;

    public string SafetyCheckNeeded { get; set; } = string.Empty;
}

/// <summary>The sentences of an answer about the kit of the exercise on screen, in the order they are said.</summary>
public sealed class KitAnswerTexts
{
    /// <summary>Kit asked about that the version does not use. {0}: the kit.</summary>
    public string NotUsed { get; set; } = string.Empty;

    /// <summary>{0}: the version; {1}: the kit it cannot be done without.</summary>
    public string Needs { get; set; } = string.Empty;

    /// <summary>{0}: the version, which needs no kit.</summary>
    public string NeedsNothing { get; set; } = string.Empty;

    /// <summary>{0}: kit the version uses if at hand.</summary>
    public string Optional { get; set; } = string.Empty;
}

/// <summary>The answer to "do I have to do both sides?", one per way a version uses them. {0}: the version; {1}: its dose.</summary>
public sealed class SidesAnswerTexts
{
    public string Together { get; set; } = string.Empty;

    public string Alternating { get; set; } = string.Empty;

    public string OneThenOther { get; set; } = string.Empty;

    public string For(Sides sides) => sides switch
    {
        Sides.Together => Together,
        Sides.Alternating => Alternating,
        _ => OneThenOther,
    };
}

/// <summary>What the quick check still needs before the plan, and the offer of the last plan's minutes ({0}).</summary>
public sealed class QuickCheckNeedsTexts
{
    public string PainAndMinutes { get; set; } = string.Empty;

    public string Pain { get; set; } = string.Empty;

    public string Minutes { get; set; } = string.Empty;

    public string SameMinutes { get; set; } = string.Empty;

    public string SameMinutesWithPain { get; set; } = string.Empty;
}
