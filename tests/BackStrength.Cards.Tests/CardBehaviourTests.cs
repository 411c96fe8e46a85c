using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Tests;

/// <summary>What a person sees and can tap on each card, for the situations the bot renders it in.</summary>
public class CardBehaviourTests
{
    private static readonly CardCatalog Catalog = new(new CardCatalogOptions());

    private static JObject Render(string cardName, Action<JObject>? change = null)
    {
        var data = SampleData.Load(cardName, SampleData.Sample);
        change?.Invoke(data);
        return Catalog.Render(cardName, data).ToJObject();
    }

    [Fact]
    public void Welcome_greets_by_name_says_what_it_is_not_and_offers_start_and_help()
    {
        var card = Render(CardNames.Welcome, data => data.Remove("lastSession"));

        Assert.StartsWith("Hi Priya", card.Texts()[0]);
        Assert.Contains(card.Texts(), text => text.Contains("not medical advice", StringComparison.Ordinal));
        Assert.Equal([CardActions.Start, CardActions.Help], card.ButtonActions());
    }

    [Fact]
    public void Welcome_back_says_when_and_what_the_last_session_was_instead_of_introducing_the_bot()
    {
        var card = Render(CardNames.Welcome);

        Assert.Equal("Welcome back, Priya", card.Texts()[0]);
        Assert.Contains(card.Texts(), text => text.StartsWith("Your last session was 3 days ago", StringComparison.Ordinal));
        Assert.DoesNotContain(card.Texts(), text => text.Contains("What I do", StringComparison.Ordinal));
        Assert.StartsWith("Welcome back, Priya! Your last session", card.Value<string>("fallbackText"), StringComparison.Ordinal);
        Assert.Equal([CardActions.Start, CardActions.Help], card.ButtonActions());
    }

    [Fact]
    public void Disclaimer_lists_when_to_seek_care_and_can_only_be_accepted()
    {
        var card = Render(CardNames.Disclaimer);

        Assert.Contains("• New weakness in one or both legs", card.Texts());
        Assert.Equal([CardActions.AcceptDisclaimer], card.ButtonActions());
    }

    [Fact]
    public void Safety_check_offers_every_red_flag_plus_none_of_these_as_tick_boxes()
    {
        var card = Render(CardNames.SafetyCheck);

        var question = card.Input("redFlags");
        Assert.True(question.Value<bool>("isMultiSelect"));
        Assert.Equal("expanded", question.Value<string>("style"));
        var values = question["choices"]!.Select(choice => choice.Value<string>("value")).ToList();
        Assert.Equal(8, values.Count);
        Assert.Equal("bladder-bowel", values[0]);
        Assert.Equal(CardActions.NoneOfThese, values[^1]);
    }

    [Fact]
    public void Assessment_has_the_agreed_inputs_and_prefills_a_returning_users_answers()
    {
        var card = Render(CardNames.Assessment);

        string[] contract = ["painNow", "experience", "canGetToFloor", "kneelingComfortable", "equipment", "minutes", "focus", "painBelowKnee"];
        Assert.Equal(contract.Order(), card.InputIds().Order());
        Assert.Equal(3, card.Input("painNow").Value<int>("value"));
        Assert.Equal("band,door,chair", card.Input("equipment").Value<string>("value"));
        Assert.Equal("true", card.Input("canGetToFloor").Value<string>("value"));
        Assert.Equal("false", card.Input("painBelowKnee").Value<string>("value"));
        Assert.Equal("lowerBack", card.Input("focus").Value<string>("value"));
        Assert.Equal("Update your answers", card.Texts()[0]);
        Assert.Equal([CardActions.SubmitAssessment], card.ButtonActions());
    }

    [Fact]
    public void Assessment_for_a_new_user_starts_empty_and_safe()
    {
        var card = Catalog.Render(CardNames.Assessment, new { }).ToJObject();

        Assert.Null(card.Input("painNow")["value"]);
        Assert.Equal("false", card.Input("canGetToFloor").Value<string>("value"));
        Assert.Equal("10", card.Input("minutes").Value<string>("value"));
        Assert.Null(card.Input("focus")["value"]);
        Assert.Equal("A few questions first", card.Texts()[0]);
    }

    [Fact]
    public void Quick_check_asks_only_pain_and_minutes_and_offers_updating_everything()
    {
        var card = Render(CardNames.QuickCheck);

        Assert.Equal(2, card.Input("painNow").Value<int>("value"));
        Assert.Equal("20", card.Input("minutes").Value<string>("value"));
        Assert.Equal([CardActions.SubmitQuickCheck, CardActions.UpdateAssessment], card.ButtonActions());
    }

    [Fact]
    public void Plan_lists_the_exercises_in_order_with_dose_and_reason_and_an_image_only_where_there_is_one()
    {
        var card = Render(CardNames.Plan);

        var texts = card.Texts();
        Assert.Equal(["Hip hinge", "Pallof press", "Bridge", "Bird dog", "Side plank"], texts.Where((_, i) => i > 0 && texts[i - 1] is "1" or "2" or "3" or "4" or "5"));
        Assert.Contains("Standard hip hinge · 2 sets of 10, rest 30 s", texts);
        Assert.Single(card.Elements("Image"));
        Assert.DoesNotContain("A gentle plan today", texts);
        Assert.Equal([CardActions.StartSession, CardActions.Easier, CardActions.ChangeTime, CardActions.ShowLibrary], card.ButtonActions());
    }

    [Fact]
    public void Plan_shows_only_the_dose_under_an_exercise_whose_variation_has_its_name()
    {
        var card = Render(CardNames.Plan, data => data["exercises"]![0]!["variationName"] = "Hip hinge");

        Assert.Contains("2 sets of 10, rest 30 s", card.Texts());
        Assert.DoesNotContain(card.Texts(), text => text.StartsWith("Hip hinge ·", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gentle_plan_shows_its_notice()
    {
        var card = Render(CardNames.Plan, data => data["isGentle"] = true);

        Assert.Contains("A gentle plan today", card.Texts());
        Assert.Contains(card.Texts(), text => text.StartsWith("Your pain is high today", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_without_equipment_says_nothing_is_needed()
    {
        var card = Render(CardNames.Plan, data => data["equipment"] = new JArray());

        var facts = card.Elements("FactSet").Single()["facts"]!;
        Assert.Equal("Nothing but a little space", facts[1]!.Value<string>("value"));
    }

    [Fact]
    public void Exercise_in_a_session_shows_progress_what_changed_numbered_steps_and_all_session_buttons()
    {
        var card = Render(CardNames.Exercise);

        var texts = card.Texts().ToList();
        Assert.Equal("Exercise 2 of 5", texts[0]);
        Assert.Contains(texts, text => text.StartsWith("What changed: Easier", StringComparison.Ordinal));
        Assert.Equal("1", texts[texts.IndexOf("How to do it") + 1]);
        Assert.Equal(
            [CardActions.Done, CardActions.Easier, CardActions.Harder, CardActions.Hurts, CardActions.Swap, CardActions.Skip],
            card.ButtonActions());
        Assert.All(card.Buttons(), data => Assert.Equal("bird-dog", data.Value<string>(CardActions.ExerciseIdField)));
    }

    [Fact]
    public void Exercise_looked_up_outside_a_session_has_no_session_buttons_or_progress()
    {
        var card = Render(CardNames.Exercise, data =>
        {
            data["showSessionActions"] = false;
            data.Remove("position");
            data.Remove("changeNote");
        });

        Assert.Equal("Bird dog", card.Texts()[0]);
        Assert.DoesNotContain(card.Texts(), text => text.StartsWith("What changed", StringComparison.Ordinal));
        Assert.Equal([CardActions.ShowLibrary], card.ButtonActions());
    }

    [Fact]
    public void A_variation_named_like_its_exercise_is_shown_and_read_out_once()
    {
        var card = Render(CardNames.Exercise, data => data["variationName"] = data["name"]!.Value<string>());

        Assert.Single(card.Texts(), "Bird dog");
        Assert.DoesNotContain("Bird dog (Bird dog)", card.Value<string>("fallbackText"), StringComparison.Ordinal);
        Assert.DoesNotContain("Bird dog, Bird dog", card.Value<string>("speak"), StringComparison.Ordinal);
    }

    [Fact]
    public void Feeling_is_one_tap_with_the_three_answers()
    {
        var card = Render(CardNames.Feeling);

        Assert.Equal("How did the bird dog feel?", card.Texts()[0]);
        Assert.All(card.Buttons(), data => Assert.Equal(CardActions.Feeling, data.Value<string>("action")));
        Assert.Equal(
            [CardActions.Feelings.TooEasy, CardActions.Feelings.AboutRight, CardActions.Feelings.TooHard],
            card.Buttons().Select(data => data.Value<string>(CardActions.FeelingField)));
    }

    [Fact]
    public void Summary_shows_each_exercise_and_how_it_felt_and_hides_skipped_when_nothing_was_skipped()
    {
        var card = Render(CardNames.Summary);
        var none = Render(CardNames.Summary, data => data["skipped"] = new JArray());

        Assert.Contains("Too hard", card.Texts());
        Assert.Contains("Side plank", FactValues(card));
        Assert.DoesNotContain("Side plank", FactValues(none));
    }

    [Fact]
    public void Summary_shows_back_pain_before_and_after_only_when_both_are_known()
    {
        var card = Render(CardNames.Summary);
        var withoutAfter = Render(CardNames.Summary, data => data.Remove("painAfter"));

        Assert.Contains("4 before, 3 after (0 to 10)", FactValues(card));
        Assert.Contains("Back pain: 4 before, 3 after.", card.Value<string>("fallbackText"), StringComparison.Ordinal);
        Assert.DoesNotContain(FactValues(withoutAfter), value => value.Contains("before", StringComparison.Ordinal));
    }

    private static List<string> FactValues(JObject card) =>
        [.. card.Elements("FactSet").SelectMany(set => set["facts"]!).Select(fact => fact.Value<string>("value")!)];

    [Fact]
    public void Summary_of_a_single_short_exercise_speaks_in_the_singular()
    {
        var card = Render(CardNames.Summary, data =>
        {
            data["minutes"] = 1;
            data["completed"] = new JArray(data["completed"]![0]!);
        });

        Assert.Contains("1 exercise · about 1 minute", card.Texts());
        Assert.StartsWith("Session complete: 1 exercise in about 1 minute.", card.Value<string>("fallbackText"), StringComparison.Ordinal);
        Assert.Contains("You did 1 exercise.", card.Value<string>("speak"), StringComparison.Ordinal);
        Assert.Contains("4 exercises · about 20 minutes", Render(CardNames.Summary).Texts());
    }

    [Fact]
    public void Library_has_a_show_button_for_every_exercise()
    {
        var card = Render(CardNames.Library);

        var shown = card.Buttons().Select(data => data.Value<string>(CardActions.ExerciseIdField)).ToList();
        Assert.Equal(12, shown.Count);
        Assert.Contains("pallof-press", shown);
        Assert.All(card.Buttons(), data => Assert.Equal(CardActions.ShowExercise, data.Value<string>("action")));
        Assert.Contains("Show Bird dog", card.Buttons().Select(data => data["msteams"]!.Value<string>("displayText")));
    }

    [Fact]
    public void Safety_stop_gives_advice_and_no_exercise_buttons()
    {
        var card = Render(CardNames.SafetyStop);

        Assert.Equal("Please stop and get medical help", card.Texts()[0]);
        Assert.Contains("If you cannot get there safely, call your local emergency number.", card.Texts());
        Assert.Equal([CardActions.RedFlagAcknowledged], card.ButtonActions());
    }

    [Theory]
    [InlineData(true, new[] { CardActions.Easier, CardActions.Skip, CardActions.EndSession })]
    [InlineData(false, new[] { CardActions.Skip, CardActions.EndSession })]
    public void Pain_advice_offers_an_easier_version_only_when_there_is_one(bool canGoEasier, string[] expected)
    {
        var card = Render(CardNames.PainAdvice, data => data["canGoEasier"] = canGoEasier);

        Assert.Equal(expected, card.ButtonActions());
        Assert.Equal("Stop the plank for now", card.Texts()[0]);
    }

    [Fact]
    public void Forget_me_asks_to_confirm_or_keep()
    {
        var card = Render(CardNames.ForgetMe);

        Assert.Equal([CardActions.ForgetMeConfirm, CardActions.ForgetMeCancel], card.ButtonActions());
    }

    [Fact]
    public void Message_repeats_its_buttons_and_shows_the_chosen_words_in_the_chat()
    {
        var card = Catalog.Render(CardNames.Message, new
        {
            Text = "Which one?",
            Buttons = new[]
            {
                new { Title = "Show the bird dog", Action = CardActions.ShowExercise, ExerciseId = "bird-dog" },
                new { Title = "Show the plank", Action = CardActions.ShowExercise, ExerciseId = "plank" },
            },
        }).ToJObject();

        Assert.Equal(["Which one?"], card.Texts());
        Assert.Equal(["bird-dog", "plank"], card.Buttons().Select(data => data.Value<string>(CardActions.ExerciseIdField)));
        Assert.Equal("Show the plank", card.Buttons()[1]["msteams"]!.Value<string>("text"));
        Assert.Null(card.Buttons()[0][CardActions.FeelingField]);
    }
}
