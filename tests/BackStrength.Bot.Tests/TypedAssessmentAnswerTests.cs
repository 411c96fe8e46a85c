using BackStrength.Bot.Conversation;
using BackStrength.Bot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>
/// The assessment answered by typing, in people's own words. Each answer either means one of the card's
/// options, and then gets exactly the plan that tapping that option on the card gets, or it is unclear, and
/// then gets the question again with what to answer, never a guess.
/// </summary>
/// <remarks>
/// The table was written before the vocabulary and the recognizers were tuned to it, as a held-out set.
/// First run, before any fix: 41 of 69 rows passed (28 failed: 12 at the experience question, 7 at yes/no
/// questions, 5 at equipment, 3 at focus, 1 at minutes). After the fixes (denials in the dialog engine's phrase
/// matcher, more everyday wordings in Content/conversation.json): 69 of 69.
/// </remarks>
public sealed class TypedAssessmentAnswerTests(BotHost host) : IClassFixture<BotHost>
{
    /// <summary>The expected meaning of an answer that must get the question again.</summary>
    public const string AsksAgain = "(asks again)";

    public enum Question
    {
        Pain,
        PainBelowKnee,
        Experience,
        Floor,
        Kneeling,
        Equipment,
        Minutes,
        Focus,
    }

    /// <summary>A typed answer and what it means as the card's value for that question.</summary>
    public static TheoryData<Question, string, string> Answers => new()
    {
        { Question.Pain, "about a 4", "4" },
        { Question.Pain, "4 out of 10", "4" },
        { Question.Pain, "maybe a 2 today", "2" },
        { Question.Pain, "not great", AsksAgain },

        { Question.PainBelowKnee, "nope, just my lower back", "false" },
        { Question.PainBelowKnee, "no it stays in my back", "false" },
        { Question.PainBelowKnee, "not really", "false" },
        { Question.PainBelowKnee, "it doesn't", "false" },
        { Question.PainBelowKnee, "yes, down my left leg", "true" },
        { Question.PainBelowKnee, "yeah sometimes", "true" },
        { Question.PainBelowKnee, "it does", "true" },
        { Question.PainBelowKnee, "yes and no", AsksAgain },
        { Question.PainBelowKnee, "I don't know", AsksAgain },

        { Question.Experience, "i havent really exercised in years", "new" },
        { Question.Experience, "not really", "new" },
        { Question.Experience, "i don't exercise much", "new" },
        { Question.Experience, "not very active", "new" },
        { Question.Experience, "i don't exercise regularly", "new" },
        { Question.Experience, "i dont excercise", "new" },
        { Question.Experience, "never", "new" },
        { Question.Experience, "hardly ever", "new" },
        { Question.Experience, "beginner", "new" },
        { Question.Experience, "no, not regularly", AsksAgain },
        { Question.Experience, "a little", "some" },
        { Question.Experience, "kind of", "some" },
        { Question.Experience, "sort of, I walk a bit", "some" },
        { Question.Experience, "sometims", "some" },
        { Question.Experience, "i excercise sometimes but not a lot", "some" },
        { Question.Experience, "regulary", "regular" },
        { Question.Experience, "I go to the gym 3 times a week", "regular" },
        { Question.Experience, "I run most days", "regular" },
        { Question.Experience, "very active", "regular" },
        { Question.Experience, "sometimes, no actually every day", AsksAgain },
        { Question.Experience, "what do you mean?", AsksAgain },

        { Question.Floor, "yes no problem", "true" },
        { Question.Floor, "yeah I can", "true" },
        { Question.Floor, "I can't get down to the floor", "false" },
        { Question.Floor, "not easily", "false" },
        { Question.Floor, "no, my knees won't let me", "false" },
        { Question.Floor, "sort of", AsksAgain },
        { Question.Floor, "I can get down but not back up", AsksAgain },

        { Question.Kneeling, "yes that's fine", "true" },
        { Question.Kneeling, "kneeling hurts my knees", "false" },
        { Question.Kneeling, "not comfortable", "false" },
        { Question.Kneeling, "not really", "false" },
        { Question.Kneeling, "kind of", AsksAgain },

        { Question.Equipment, "no equipment", string.Empty },
        { Question.Equipment, "nothing, sorry", string.Empty },
        { Question.Equipment, "nothing really", string.Empty },
        { Question.Equipment, "I don't have a band", AsksAgain },
        { Question.Equipment, "I don't have a band but I have a chair", "chair" },
        { Question.Equipment, "no weights, just a band", "band" },
        { Question.Equipment, "just a chair", "chair" },
        { Question.Equipment, "a resistance band and a door", "band,door" },
        { Question.Equipment, "a chair and some water bottles", "chair,weights" },
        { Question.Equipment, "what do you mean?", AsksAgain },

        { Question.Minutes, "15 mins", "15" },
        { Question.Minutes, "quarter of an hour", "15" },
        { Question.Minutes, "about 10 minutes", "10" },
        { Question.Minutes, "5 mins tops", "5" },
        { Question.Minutes, "I don't have 30 minutes, maybe 10", "10" },
        { Question.Minutes, "not long", AsksAgain },

        { Question.Focus, "my lower back", "lowerBack" },
        { Question.Focus, "my neck and shoulders", "upperBack" },
        { Question.Focus, "not really", "none" },
        { Question.Focus, "nothing in particular", "none" },
        { Question.Focus, "not my lower back, my upper back", "upperBack" },
        { Question.Focus, "lower back but not core", "lowerBack" },
        { Question.Focus, "upper back, no wait, lower back", AsksAgain },
    };

    /// <summary>Wordings found while fixing the table's failures: not held out, kept so the fixes stay fixed.</summary>
    public static TheoryData<Question, string, string> AnswersFoundWhileFixing => new()
    {
        { Question.Floor, "I can hardly get down to the floor", "false" },
        { Question.Floor, "I can barely", "false" },
        { Question.Kneeling, "being on my knees is sore", "false" },
        { Question.Experience, "I'm not new to exercise", AsksAgain },
        { Question.Experience, "I'm a beginner, not very active", "new" },
        { Question.Experience, "very little", "new" },
        { Question.Experience, "very rarely", "new" },
        { Question.Experience, "very much so", "regular" },
        { Question.Focus, "not too fussed", "none" },
        { Question.Equipment, "i dont have anything", string.Empty },
        { Question.Equipment, "just me, no kit", string.Empty },
        { Question.Experience, "total newbie", "new" },
        { Question.Equipment, "no gear", string.Empty },
        { Question.Pain, "no pain", "0" },
        { Question.Pain, "none right now, just stiff", "0" },
        { Question.Pain, "it doesn't hurt at the moment", "0" },
        { Question.PainBelowKnee, "only in my lower back", "false" },
        { Question.PainBelowKnee, "just my back", "false" },
        { Question.PainBelowKnee, "it stays in my back", "false" },
        { Question.PainBelowKnee, "sometimes", "true" },
        { Question.PainBelowKnee, "sciatica down my left leg", "true" },
        { Question.PainBelowKnee, "into my calf on bad days", "true" },
    };

    /// <summary>
    /// The assessment card's own option titles, typed beside the question asked in chat: exactly, lowercased without
    /// punctuation, and shortened or with a typo. On the live bot before the fix 6 of 10 experience wordings were
    /// understood ("I'm active now and then" in any form was not); the prompt now takes the titles the card shows,
    /// read from the card itself. After: a new set of 8 wordings, all understood.
    /// </summary>
    public static TheoryData<Question, string, string> CardTitlesTyped => new()
    {
        { Question.Experience, "I'm active now and then", "some" },
        { Question.Experience, "im active now and then", "some" },
        { Question.Experience, "active now and then", "some" },
        { Question.Experience, "actve now and then", "some" },
        { Question.Experience, "I'm new to exercise, or coming back after a long break", "new" },
        { Question.Experience, "I train regularly", "regular" },
        { Question.Focus, "Upper back and posture", "upperBack" },
        // The switches' titles: "comfortable" also read as "uncomfortable" with two typos, a tie that answered neither.
        { Question.Kneeling, "Kneeling on hands and knees is comfortable", "true" },
        { Question.Kneeling, "comfortable", "true" },
        { Question.Floor, "I can get down to the floor and back up comfortably", "true" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    [MemberData(nameof(AnswersFoundWhileFixing))]
    [MemberData(nameof(CardTitlesTyped))]
    public async Task A_typed_answer_gets_the_plan_of_the_option_it_means_or_the_question_again(Question question, string typed, string meaning)
    {
        var chat = new SdkChat(host);
        var cardAnswers = UsualCardAnswers();
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        var asked = await chat.SayAsync("no");
        var steps = Steps(Texts.Of(host));
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            Assert.True(asked.Mention(step.Ask), $"Expected the question \"{step.Ask}\", got: {asked}");
            var nextAsk = index + 1 < steps.Count ? steps[index + 1].Ask : null;
            if (step.Question != question)
            {
                asked = await chat.SayAsync(step.Usual);
                continue;
            }

            asked = await chat.SayAsync(typed);
            if (meaning == AsksAgain)
            {
                Assert.True(asked.Mention(step.Retry) && (nextAsk is null ? !asked.Has(CardKind.Plan) : !asked.Mention(nextAsk)),
                    $"\"{typed}\" should get the question again, got: {asked}");
                asked = await chat.SayAsync(step.Usual);
            }
            else
            {
                Assert.True(nextAsk is null ? asked.Has(CardKind.Plan) : asked.Mention(nextAsk),
                    $"\"{typed}\" was not taken as an answer, got: {asked}");
                cardAnswers[step.CardField] = meaning;
            }
        }

        var typedPlan = asked.Single(CardKind.Plan);
        var tappedPlan = (await Journey.TapToPlanAsync(new SdkChat(host), cardAnswers)).Single(CardKind.Plan);
        Assert.True(tappedPlan.AllText == typedPlan.AllText,
            $"\"{typed}\" got a different plan from \"{meaning}\" on the card.\nTyped: {typedPlan.AllText}\nCard: {tappedPlan.AllText}");
    }

    [Theory]
    [InlineData("experience", "new", "some", "regular")]
    [InlineData("canGetToFloor", "true", "false")]
    [InlineData("kneelingComfortable", "true", "false")]
    [InlineData("painBelowKnee", "true", "false")]
    [InlineData("equipment", "", "band")]
    [InlineData("minutes", "5", "10", "20", "30")]
    [InlineData("focus", "lowerBack", "upperBack", "none")]
    public async Task Each_option_gets_its_own_plan_so_the_table_can_tell_answers_apart(string field, params string[] options)
    {
        var optionsByPlan = new Dictionary<string, List<string>>();
        foreach (var option in options)
        {
            var answers = UsualCardAnswers();
            answers[field] = option;
            var plan = (await Journey.TapToPlanAsync(new SdkChat(host), answers)).Single(CardKind.Plan).AllText;
            optionsByPlan[plan] = [.. optionsByPlan.GetValueOrDefault(plan, []), option];
        }

        Assert.True(optionsByPlan.Count == options.Length,
            $"These options get the same plan: {string.Join("; ", optionsByPlan.Values.Where(same => same.Count > 1).Select(same => string.Join(" = ", same)))}");
    }

    [Theory]
    [InlineData("I'm a beginner, have 10 mins, no equipment, pain about 4", "4", "new", "", "10")]
    [InlineData("pain's a 6, I go to the gym 3 times a week, got a resistance band and half an hour", "6", "regular", "band", "30")]
    [InlineData("about a five today. bodyweight only, quarter of an hour, fairly active", "5", "some", "", "10")]
    [InlineData("3, beginner, no equipment, 10 minutes", "3", "new", "", "10")]
    [InlineData("I'm a newbie, got 10 min, no gear, pain's like a 3", "3", "new", "", "10")]
    [InlineData("2, regular, band and door, 20 min", "2", "regular", "band,door", "20")]
    [InlineData("4; some; nothing to hand; 10 minutes", "4", "some", "", "10")]
    public async Task Answers_given_with_the_pain_score_are_not_asked_again_and_get_the_plan_the_card_would(
        string firstAnswer, string pain, string experience, string equipment, string minutes)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        var texts = Texts.Of(host);

        var conversation = new List<Replies>
        {
            await chat.SayAsync(firstAnswer),
            await chat.SayAsync("no"),
            await chat.SayAsync("yes"),
            await chat.SayAsync("yes"),
        };
        var plan = (await chat.SayAsync("upper back")).Single(CardKind.Plan);

        Assert.True(conversation[0].Mention(texts.AskPainBelowKnee), $"The pain score was not taken: {conversation[0]}");
        Assert.True(conversation[^1].Mention(texts.AskFocus), $"Expected the focus question, got: {conversation[^1]}");
        Assert.DoesNotContain(conversation, replies => replies.Mention(texts.AskExperience) || replies.Mention(texts.AskEquipment) || replies.Mention(texts.AskMinutes));
        var cardAnswers = UsualCardAnswers();
        cardAnswers["painNow"] = pain;
        cardAnswers["experience"] = experience;
        cardAnswers["equipment"] = equipment;
        cardAnswers["minutes"] = minutes;
        var tappedPlan = (await Journey.TapToPlanAsync(new SdkChat(host), cardAnswers)).Single(CardKind.Plan);
        Assert.Equal(tappedPlan.AllText, plan.AllText);
    }

    /// <summary>
    /// The card's kneeling title typed at the kneeling question ("Kneeling on hands and knees is comfortable"): "hands" is
    /// one letter from "bands", and before the fix it was kept as having a resistance band, so the kit question was never
    /// asked and the plan could need a band the person does not have. Kit said in passing now counts only word for word.
    /// </summary>
    [Theory]
    [InlineData("Kneeling on hands and knees is comfortable")]
    [InlineData("hands and knees is fine")]
    public async Task Hands_said_at_the_kneeling_question_is_not_taken_for_a_band(string typed)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        var texts = Texts.Of(host);
        await chat.SayAsync("3");
        await chat.SayAsync("no");
        await chat.SayAsync("some experience");
        await chat.SayAsync("yes");

        var answered = await chat.SayAsync(typed);
        if (!answered.Mention(texts.AskEquipment))
        {
            answered = await chat.SayAsync("yes");
        }

        Assert.True(answered.Mention(texts.AskEquipment), $"The kit question was not asked: {answered}");
    }

    [Fact]
    public async Task Answers_changed_or_added_out_of_turn_are_kept_and_the_waiting_question_asked_again()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        var texts = Texts.Of(host);
        await chat.SayAsync("4");

        var corrected = await chat.SayAsync("actually make that a 6");
        await chat.SayAsync("no");
        await chat.SayAsync("some experience");
        var added = await chat.SayAsync("oh and I have a resistance band");
        await chat.SayAsync("yes");
        var afterKneeling = await chat.SayAsync("yes");
        await chat.SayAsync("20 mins");
        var shortened = await chat.SayAsync("wait, I only have 10 minutes");
        var plan = (await chat.SayAsync("upper back")).Single(CardKind.Plan);

        AssertNotedThenAskedAgain(corrected, texts.AskPainBelowKnee);
        AssertNotedThenAskedAgain(added, texts.AskFloor);
        Assert.True(afterKneeling.Mention(texts.AskMinutes), $"The kit given earlier was asked for again: {afterKneeling}");
        AssertNotedThenAskedAgain(shortened, texts.AskFocus);
        var cardAnswers = UsualCardAnswers();
        cardAnswers["painNow"] = "6";
        cardAnswers["equipment"] = "band";
        cardAnswers["minutes"] = "10";
        var tappedPlan = (await Journey.TapToPlanAsync(new SdkChat(host), cardAnswers)).Single(CardKind.Plan);
        Assert.Equal(tappedPlan.AllText, plan.AllText);

        void AssertNotedThenAskedAgain(Replies replies, string question)
        {
            Assert.Equal(texts.LateAnswerNoted, replies[0].Text);
            Assert.True(replies.Count == 2 && replies[1].Text.StartsWith(question, StringComparison.Ordinal), $"Expected \"{question}\" again, got: {replies}");
        }
    }

    [Theory]
    [InlineData("I have some dumbbells", "weights")]
    [InlineData("just a bit of space and a chair", "chair")]
    public async Task Kit_named_at_the_experience_question_is_kept_for_its_own_question_not_taken_as_experience(string typed, string kit)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        await chat.SayAsync("3");
        await chat.SayAsync("no");
        var texts = Texts.Of(host);

        var replies = await chat.SayAsync(typed);
        await chat.SayAsync("regularly");
        await chat.SayAsync("yes");
        var afterKneeling = await chat.SayAsync("yes");
        await chat.SayAsync("30");
        var plan = (await chat.SayAsync("upper back")).Single(CardKind.Plan);

        Assert.Equal(texts.LateAnswerNoted, replies[0].Text);
        Assert.True(replies.Count == 2 && replies[1].Text.StartsWith(texts.AskExperience, StringComparison.Ordinal), $"Expected the experience question again, got: {replies}");
        Assert.True(afterKneeling.Mention(texts.AskMinutes), $"The kit given earlier was asked for again: {afterKneeling}");
        var cardAnswers = UsualCardAnswers();
        cardAnswers["experience"] = "regular";
        cardAnswers["equipment"] = kit;
        var tappedPlan = (await Journey.TapToPlanAsync(new SdkChat(host), cardAnswers)).Single(CardKind.Plan);
        Assert.Equal(tappedPlan.AllText, plan.AllText);
    }

    [Fact]
    public async Task A_word_that_is_only_an_options_name_in_code_is_no_answer_given_in_passing()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        var texts = Texts.Of(host);

        await chat.SayAsync("3, and I've got a new band");
        var next = await chat.SayAsync("no");

        Assert.True(next.Mention(texts.AskExperience), $"'new band' was taken as new to exercise: {next}");

        var other = new SdkChat(host);
        await other.SayAsync("start");
        await other.SayAsync("yes");
        await other.SayAsync("no");
        await other.SayAsync("3, a bit");
        Assert.True((await other.SayAsync("no")).Mention(texts.AskExperience), "'3, a bit' was taken as some experience");
    }

    /// <summary>One typed question: what it asks, what it asks again, the card's field and an everyday answer.</summary>
    private sealed record Step(Question Question, string Ask, string Retry, string CardField, string Usual);

    private static List<Step> Steps(ConversationTexts texts) =>
    [
        new(Question.Pain, texts.AskPainOrForm, texts.PainRetry, "painNow", "3"),
        new(Question.PainBelowKnee, texts.AskPainBelowKnee, texts.YesNoRetryFor(texts.AskPainBelowKnee), "painBelowKnee", "no"),
        new(Question.Experience, texts.AskExperience, texts.ExperienceRetry, "experience", "some experience"),
        new(Question.Floor, texts.AskFloor, texts.YesNoRetryFor(texts.AskFloor), "canGetToFloor", "yes"),
        new(Question.Kneeling, texts.AskKneeling, texts.YesNoRetryFor(texts.AskKneeling), "kneelingComfortable", "yes"),
        new(Question.Equipment, texts.AskEquipment, texts.EquipmentRetry, "equipment", "a chair"),
        new(Question.Minutes, texts.AskMinutes, texts.MinutesRetry, "minutes", "30"),
        new(Question.Focus, texts.AskFocus, texts.AskFocus, "focus", "upper back"),
    ];

    /// <summary>
    /// The card's values for the everyday answers: a half-hour upper-back plan, which uses kit when it is there,
    /// so that every question's answer shows in the plan.
    /// </summary>
    private static JObject UsualCardAnswers()
    {
        var answers = JObject.FromObject(Journey.FullAnswers);
        answers["minutes"] = "30";
        answers["focus"] = "upperBack";
        return answers;
    }
}
