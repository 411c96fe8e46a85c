using BackStrength.Bot.State;
using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Progress;
using Microsoft.Bot.Connector;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>The commands that work at any point, said in the middle of a question and in the middle of a session.</summary>
public sealed class InterruptionTests(BotHost host) : IClassFixture<BotHost>
{
    private const string BelowKnee = "below the knee";

    [Fact]
    public async Task Help_during_the_assessment_shows_help_then_asks_the_same_question_again()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        var replies = await chat.SayAsync("help");

        replies.Single(CardKind.Help);
        Assert.True(replies.Mention(BelowKnee), $"The question was not asked again: {replies}");
        Assert.True((await chat.SayAsync("no")).Mention("used to exercise"));
    }

    [Theory]
    [InlineData(JourneyPlace.SafetyCheck, QuestionWords.SafetyQuestion)]
    [InlineData(JourneyPlace.Minutes, QuestionWords.MinutesQuestion)]
    public async Task Asking_for_progress_at_a_check_in_question_answers_and_asks_the_question_again(JourneyPlace place, string question)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, place);

        var replies = await chat.SayAsync("what did I do last time?");

        Assert.True(replies.Mention(Texts.Of(host).NoProgressYet) && replies.Mention(question), $"Got: {replies}");
    }

    [Theory]
    [InlineData("show me all the exercises", CardKind.Library)]
    [InlineData("how do I do a bird dog?", CardKind.LookedUpExercise)]
    public async Task Browsing_during_the_assessment_answers_and_the_assessment_carries_on(string request, CardKind shown)
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        (await chat.SayAsync(request)).Single(shown);

        Assert.True((await chat.SayAsync("no")).Mention("used to exercise"));
    }

    [Theory]
    [InlineData("bird dog", "Bird dog")]
    [InlineData("how do I do a side plank?", "Side plank")]
    [InlineData("show me the bridge", "Bridge")]
    public async Task Naming_an_exercise_before_anything_started_shows_how_to_do_it(string request, string exercise)
    {
        var chat = new SdkChat(host);

        var card = Assert.Single(await chat.SayAsync(request));

        Assert.Equal(CardKind.LookedUpExercise, card.Kind);
        Assert.Equal(exercise, card.Title);
    }

    [Fact]
    public async Task Easier_after_looking_up_an_exercise_shows_its_easier_version()
    {
        var chat = new SdkChat(host);
        var standard = (await chat.SayAsync("how do I do a bridge")).Single(CardKind.LookedUpExercise);

        var easier = (await chat.SayAsync("too hard")).Single(CardKind.LookedUpExercise);

        Assert.Equal(standard.Title, easier.Title);
        Assert.NotEqual(standard.VariationName, easier.VariationName);
        Assert.StartsWith("What changed: Easier", easier.ChangeNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("easier")]
    [InlineData("harder")]
    [InlineData("swap")]
    public async Task Asking_for_the_plan_or_a_change_before_there_is_a_plan_says_it_comes_after_the_questions_and_asks_the_question_again(string request)
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);
        var texts = Texts.Of(host);

        var replies = await chat.SayAsync(request);

        Assert.Contains(replies, reply => reply.Text == texts.PlanAfterQuestions || reply.Text == texts.NoExerciseYet);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Say \"start\"", StringComparison.Ordinal));
        Assert.True(replies[^1].AllText.Contains("below the knee", StringComparison.OrdinalIgnoreCase), $"The waiting question was not asked again: {replies}");
        Assert.True((await chat.SayAsync("no")).Mention("used to exercise"));
    }

    [Theory]
    [InlineData("how do I do this one?")]
    [InlineData("what is this exercise")]
    public async Task Asking_how_to_do_the_exercise_on_screen_shows_its_card_again_and_the_session_carries_on(string question)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var again = (await chat.SayAsync(question)).Single(CardKind.SessionExercise);

        Assert.Equal(first.AllText, again.AllText);
        (await chat.SayAsync("done")).Single(CardKind.Feeling);
    }

    [Fact]
    public async Task Asking_how_to_do_this_with_no_exercise_on_screen_offers_the_exercise_library()
    {
        var chat = new SdkChat(host);

        (await chat.SayAsync("how do I do this?")).Single(CardKind.Library);
    }

    [Fact]
    public async Task Thanks_at_the_pain_question_after_a_session_is_answered_and_the_question_asked_again()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        var replies = await chat.TapAsync(plan, "Start");
        while (!replies.Mention("how is your back now"))
        {
            await chat.SayAsync("done");
            replies = await chat.SayAsync("about right");
        }

        replies = await chat.SayAsync("thanks!");

        Assert.Equal(Texts.Of(host).ThanksMidFlow, replies[0].Text);
        Assert.True(replies[^1].AllText.Contains("how is your back now", StringComparison.Ordinal), $"The question was not asked again: {replies}");
        (await chat.SayAsync("2")).Single(CardKind.Summary);
    }

    [Fact]
    public async Task Help_at_the_first_assessment_question_asks_for_the_pain_score_again()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        (await chat.SayAsync("no")).Single(CardKind.Assessment);

        var replies = await chat.SayAsync("help");

        Assert.Equal(Texts.Of(host).PainRetry, replies[^1].Text);
    }

    [Theory]
    [InlineData("my back really hurts today")]
    [InlineData("ouch, it's sore")]
    public async Task Pain_told_at_the_pain_question_without_a_score_is_acknowledged_and_the_score_asked_for(string answer)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        (await chat.SayAsync("no")).Single(CardKind.Assessment);
        var texts = Texts.Of(host);

        var replies = await chat.SayAsync(answer);

        Assert.Equal(texts.PainOutsideExercise, replies[0].Text);
        Assert.Equal(texts.PainRetry, replies[^1].Text);
        Assert.True((await chat.SayAsync("6")).Mention("below the knee"));
    }

    [Fact]
    public async Task Pain_told_while_the_plan_waits_is_acknowledged_rather_than_ignored()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToPlanAsync(chat);
        var texts = Texts.Of(host);

        var replies = await chat.SayAsync("my back is sore");

        Assert.Equal(texts.PainOutsideExercise, replies[0].Text);
        Assert.Equal(texts.PlanRetry, replies[^1].Text);
        (await chat.SayAsync("start")).Single(CardKind.SessionExercise);
    }

    [Fact]
    public async Task It_hurts_during_the_assessment_gets_an_answer_and_the_assessment_carries_on()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        await chat.SayAsync("it hurts");

        Assert.True((await chat.SayAsync("no")).Mention("used to exercise"));
    }

    [Fact]
    public async Task Start_over_during_the_assessment_goes_back_to_the_safety_check_without_asking_for_the_disclaimer_again()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        var replies = await chat.SayAsync("start over");

        Assert.Equal(Texts.Of(host).StartOver, replies[0].Text);
        replies.Single(CardKind.SafetyCheck);
        Assert.False(replies.Has(CardKind.Disclaimer));
    }

    [Fact]
    public async Task Stop_during_the_assessment_ends_it_and_a_later_answer_does_not_resume_it()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        Assert.Equal(Texts.Of(host).NoSessionToEnd, Assert.Single(await chat.SayAsync("stop")).Text);

        Assert.False((await chat.SayAsync("no")).Mention("used to exercise"));
    }

    [Fact]
    public async Task Forget_me_during_the_assessment_then_keep_my_data_carries_on_with_the_question()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        var confirm = (await chat.SayAsync("forget me")).Single(CardKind.ForgetMe);
        var kept = await chat.TapAsync(confirm, "Keep my data");

        Assert.Equal(Texts.Of(host).ForgetMeKept, kept[0].Text);
        Assert.True(kept.Mention(BelowKnee), $"The question was not asked again: {kept}");
        Assert.True((await chat.SayAsync("no")).Mention("used to exercise"));
    }

    [Fact]
    public async Task Easier_harder_and_swap_in_a_session_change_the_exercise_on_screen_and_say_what_changed()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var easier = (await chat.SayAsync("easier")).Single(CardKind.SessionExercise);
        var harder = (await chat.TapAsync(easier, "Harder")).Single(CardKind.SessionExercise);
        var swapped = (await chat.TapAsync(harder, "Swap")).Single(CardKind.SessionExercise);

        Assert.Equal(first.Title, easier.Title);
        Assert.NotEqual(first.VariationName, easier.VariationName);
        Assert.StartsWith("What changed: Easier", easier.ChangeNote, StringComparison.Ordinal);
        Assert.Equal(first.VariationName, harder.VariationName);
        Assert.StartsWith("What changed: Harder", harder.ChangeNote, StringComparison.Ordinal);
        Assert.NotEqual(first.ExerciseId, swapped.ExerciseId);
        Assert.StartsWith("What changed: Swapped in", swapped.ChangeNote, StringComparison.Ordinal);
        Assert.Equal(first.Lines[0], swapped.Lines[0]);
    }

    [Fact]
    public async Task Looking_things_up_in_a_session_keeps_the_session_where_it_was()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        (await chat.SayAsync("plan")).Single(CardKind.Plan);
        (await chat.SayAsync("show exercises")).Single(CardKind.Library);
        (await chat.SayAsync("how do I do a side plank")).Single(CardKind.LookedUpExercise);
        var help = await chat.SayAsync("help");
        Assert.Contains(Texts.Of(host).HelpInSession, help.Single(CardKind.Help).AllText, StringComparison.Ordinal);

        var feeling = (await chat.TapAsync(first, "Done")).Single(CardKind.Feeling);
        Assert.Equal(first.ExerciseId, feeling.ExerciseId);
    }

    [Fact]
    public async Task It_hurts_in_a_session_stops_the_exercise_with_advice_and_skip_moves_on()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var advice = (await chat.TapAsync(first, "It hurts")).Single(CardKind.PainAdvice);
        Assert.DoesNotContain(advice.Buttons, button => button.Action is "done" or "harder");

        var next = (await chat.TapAsync(advice, advice.Buttons.Single(button => button.Action == "skip").Title)).Single(CardKind.SessionExercise);
        Assert.StartsWith("Exercise 2 of ", next.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_after_it_hurts_moves_on_without_asking_how_it_felt_and_the_exercise_is_kept_once_as_stopped()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        (await chat.SayAsync("it hurts")).Single(CardKind.PainAdvice);

        var next = await chat.SayAsync("done");
        Assert.False(next.Has(CardKind.Feeling), $"Asked how it felt after it hurt: {next}");
        Assert.StartsWith("Exercise 2 of ", next.Single(CardKind.SessionExercise).Lines[0], StringComparison.Ordinal);

        await chat.SayAsync("stop");
        await chat.SayAsync("skip");
        var profile = await Sessions.SavedProfileAsync(host, chat);
        var entry = Assert.Single(profile!["UserProfile"]!.ToObject<UserProfile>()!.History[0].Entries);
        Assert.Equal((first.ExerciseId, Feeling.StoppedForPain), (entry.ExerciseId, entry.Feeling));
    }

    [Theory]
    [InlineData("start")]
    [InlineData("hi")]
    public async Task Start_or_hello_in_the_middle_of_a_session_shows_the_exercise_it_was_on(string text)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync(text);

        Assert.Equal(Texts.Of(host).SessionResumed, replies[0].Text);
        var shown = replies.Single(CardKind.SessionExercise);
        Assert.Equal((first.Title, first.Lines[0]), (shown.Title, shown.Lines[0]));
        Assert.True((await chat.TapAsync(shown, "Done")).Has(CardKind.Feeling));
    }

    [Theory]
    [InlineData("my back went")]
    [InlineData("that doesn't feel right")]
    [InlineData("my knee is complaining")]
    public async Task Everyday_ways_of_saying_something_went_wrong_mid_exercise_get_the_pain_advice(string text)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        (await chat.SayAsync(text)).Single(CardKind.PainAdvice);
    }

    [Fact]
    public async Task The_easier_version_button_after_it_hurts_shows_the_easier_variation()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        var advice = (await chat.SayAsync("it hurts")).Single(CardKind.PainAdvice);

        var easier = (await chat.TapAsync(advice, advice.Buttons.Single(button => button.Action == "easier").Title)).Single(CardKind.SessionExercise);

        Assert.Equal(first.ExerciseId, easier.ExerciseId);
        Assert.NotEqual(first.VariationName, easier.VariationName);
        Assert.Equal(first.Lines[0], easier.Lines[0]);
    }

    [Fact]
    public async Task Stop_in_a_session_after_one_exercise_ends_it_with_a_summary_saved_to_history()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        var feeling = (await chat.TapAsync(first, "Done")).Single(CardKind.Feeling);
        await chat.TapAsync(feeling, "About right");

        var replies = await chat.SayAsync("stop");

        Assert.Equal(Texts.Of(host).SessionEndedEarly, replies[0].Text);
        (await chat.SayAsync("skip")).Single(CardKind.Summary);
        await Sessions.AssertSavedAsync(host, chat, sessions: 1);
        Assert.False((await chat.SayAsync("done")).Has(CardKind.Feeling));
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("I want to stop")]
    public async Task Stop_when_asked_how_the_exercise_felt_counts_the_exercise_just_done(string stop)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        (await chat.TapAsync(first, "Done")).Single(CardKind.Feeling);

        var replies = await chat.SayAsync(stop);

        Assert.Equal(Texts.Of(host).SessionEndedEarly, replies[0].Text);
        var summary = (await chat.SayAsync("skip")).Single(CardKind.Summary);
        Assert.Contains(first.Title, summary.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("About right", summary.AllText, StringComparison.Ordinal);
        await Sessions.AssertSavedAsync(host, chat, sessions: 1);
        var profile = await Sessions.SavedProfileAsync(host, chat);
        var entry = Assert.Single(profile!["UserProfile"]!.ToObject<UserProfile>()!.History[0].Entries);
        Assert.Equal(first.ExerciseId, entry.ExerciseId);
        Assert.False((await chat.SayAsync("done")).Has(CardKind.Feeling));
    }

    [Fact]
    public async Task Start_over_in_a_session_drops_it_and_goes_back_to_the_safety_check()
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync("start over");

        replies.Single(CardKind.SafetyCheck);
        Assert.Equal(Texts.Of(host).PlanAfterQuestions, (await chat.SayAsync("plan"))[0].Text);
    }

    [Fact]
    public async Task Forget_me_in_a_session_then_delete_erases_everything_and_the_next_start_asks_for_the_disclaimer_again()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync((await chat.TapAsync(first, "Done")).Single(CardKind.Feeling), "About right");
        await chat.SayAsync("stop");
        Assert.NotNull(await Sessions.SavedProfileAsync(host, chat));

        var confirm = (await chat.SayAsync("please forget me")).Single(CardKind.ForgetMe);
        var done = await chat.TapAsync(confirm, "Delete everything");

        Assert.Equal(Texts.Of(host).ForgetMeDone, Assert.Single(done).Text);
        Assert.Null(await Sessions.SavedProfileAsync(host, chat));
        Assert.Null(await Sessions.SavedConversationAsync(host, chat));
        (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
    }

    [Fact]
    public async Task Forget_me_tells_web_chat_the_conversation_is_over_so_a_reload_does_not_show_it_again_but_not_teams_which_refuses_that()
    {
        var web = new HttpChat(host.CreateClient());
        var teams = new SdkChat(host, channelId: Channels.Msteams);
        foreach (var chat in new Chat[] { web, teams })
        {
            await Journey.TapToPlanAsync(chat);
            var confirm = (await chat.SayAsync("forget me")).Single(CardKind.ForgetMe);
            var done = await chat.TapAsync(confirm, "Delete everything");
            Assert.Equal(Texts.Of(host).ForgetMeDone, Assert.Single(done).Text);
            Assert.Equal(chat == web, done.EndedConversation);
        }
    }

    [Fact]
    public async Task Typing_delete_everything_at_the_forget_me_question_erases_everything()
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);

        (await chat.SayAsync("forget me")).Single(CardKind.ForgetMe);
        var done = await chat.SayAsync("delete everything");

        Assert.Equal(Texts.Of(host).ForgetMeDone, Assert.Single(done).Text);
        Assert.Null(await Sessions.SavedProfileAsync(host, chat));
    }

    [Fact]
    public async Task Forget_me_then_keep_my_data_keeps_the_profile_and_the_session()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        (await chat.SayAsync("delete my data")).Single(CardKind.ForgetMe);
        var kept = await chat.SayAsync("keep my data");

        Assert.Equal(Texts.Of(host).ForgetMeKept, kept[0].Text);
        Assert.NotNull(await Sessions.SavedProfileAsync(host, chat));
        (await chat.TapAsync(first, "Done")).Single(CardKind.Feeling);
    }
}
