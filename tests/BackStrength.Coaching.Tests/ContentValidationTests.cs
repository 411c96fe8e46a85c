using System.Text.Json.Nodes;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching.Tests;

/// <summary>A physical therapist edits the JSON by hand; a mistake must fail loudly and say where it is.</summary>
public class ContentValidationTests
{
    [Fact]
    public void The_shipped_files_load()
    {
        Assert.Equal(12, ExerciseLibrary.LoadDefault().Exercises.Count);
        Assert.Equal(12, SafetyContent.LoadDefault().RedFlags.Count);
        Assert.Equal(BodyArea.UpperBack, PlanningText.LoadDefault().FocusArea(Focus.UpperBackAndPosture));
    }

    [Fact]
    public void A_variation_without_steps_is_named_with_the_field()
    {
        var error = LoadBrokenExercises(file => Variation(file, "plank", "plank.knees").Remove("steps"));

        Assert.Equal("variation 'plank.knees'", error.Entry);
        Assert.Equal("steps", error.Field);
        Assert.Contains("plank.knees", error.Message);
    }

    [Fact]
    public void An_unknown_position_lists_the_allowed_ones()
    {
        var error = LoadBrokenExercises(file => Variation(file, "bridge", "bridge.standard")["position"] = "lying");

        Assert.Equal("variation 'bridge.standard'", error.Entry);
        Assert.Equal("position", error.Field);
        Assert.Contains("on-back", error.Message);
    }

    [Fact]
    public void Every_variation_says_how_it_uses_the_two_sides()
    {
        var missing = LoadBrokenExercises(file => Variation(file, "squat", "squat.tempo").Remove("sides"));
        var unknown = LoadBrokenExercises(file => Variation(file, "squat", "squat.tempo")["sides"] = "both");

        Assert.Equal(("variation 'squat.tempo'", "sides"), (missing.Entry, missing.Field));
        Assert.Contains("one-then-other", unknown.Message);
    }

    [Fact]
    public void Sides_agree_with_a_dose_for_each_side()
    {
        // A squat done "together" cannot be dosed per side, and a side plank done one side then the other must be.
        var togetherPerSide = LoadBrokenExercises(file => Variation(file, "squat", "squat.standard")["perSide"] = true);
        var oneSideNotPerSide = LoadBrokenExercises(file => Variation(file, "side-plank", "side-plank.standard").Remove("perSide"));

        Assert.Equal(("variation 'squat.standard'", "sides"), (togetherPerSide.Entry, togetherPerSide.Field));
        Assert.Equal(("variation 'side-plank.standard'", "sides"), (oneSideNotPerSide.Entry, oneSideNotPerSide.Field));
    }

    [Theory]
    [InlineData("squat.standard", Sides.Together)]
    [InlineData("bird-dog.standard", Sides.Alternating)]
    [InlineData("plank.reach", Sides.Alternating)]
    [InlineData("side-plank.standard", Sides.OneThenOther)]
    [InlineData("kickstand-rdl.standard", Sides.OneThenOther)]
    public void The_shipped_variations_say_how_they_use_the_sides(string variationId, Sides expected)
    {
        Assert.Equal(expected, ExerciseLibrary.LoadDefault().GetVariation(variationId).Sides);
    }

    [Fact]
    public void Unknown_equipment_is_rejected()
    {
        var error = LoadBrokenExercises(file => Variation(file, "squat", "squat.sit-to-stand")["requires"] = new JsonArray("sofa"));

        Assert.Equal("variation 'squat.sit-to-stand'", error.Entry);
        Assert.Equal("requires", error.Field);
    }

    [Fact]
    public void A_duplicated_exercise_is_rejected()
    {
        var error = LoadBrokenExercises(file => file["exercises"]!.AsArray().Add(Exercise(file, "bridge").DeepClone()));

        Assert.Equal(("exercise 'bridge'", "id"), (error.Entry, error.Field));
        Assert.Contains("more than once", error.Message);
    }

    [Fact]
    public void A_variation_id_must_belong_to_its_exercise()
    {
        var error = LoadBrokenExercises(file => Variation(file, "squat", "squat.tempo")["id"] = "bridge.tempo");

        Assert.Equal(("variation 'bridge.tempo'", "id"), (error.Entry, error.Field));
    }

    [Fact]
    public void A_gentler_alternative_must_exist_and_work_the_same_area()
    {
        var missing = LoadBrokenExercises(file => Exercise(file, "plank")["gentlerAlternative"] = "crunch");
        var otherArea = LoadBrokenExercises(file => Exercise(file, "plank")["gentlerAlternative"] = "squat");

        Assert.Equal(("exercise 'plank'", "gentlerAlternative"), (missing.Entry, missing.Field));
        Assert.Contains("different area", otherArea.Message);
    }

    [Fact]
    public void A_chain_needs_one_standard_with_an_easier_and_a_harder_variation()
    {
        var twoStandards = LoadBrokenExercises(file => Variation(file, "plank", "plank.knees")["standard"] = true);
        var nothingHarder = LoadBrokenExercises(file => Exercise(file, "squat")["variations"]!.AsArray().RemoveAt(2));

        Assert.Equal(("exercise 'plank'", "variations"), (twoStandards.Entry, twoStandards.Field));
        Assert.Equal(("exercise 'squat'", "variations"), (nothingHarder.Entry, nothingHarder.Field));
    }

    [Fact]
    public void A_dose_without_reps_or_hold_names_the_level()
    {
        var error = LoadBrokenExercises(file => Variation(file, "bridge", "bridge.march")["dose"]!["regular"]!.AsObject().Remove("reps"));

        Assert.Equal(("variation 'bridge.march'", "dose.regular"), (error.Entry, error.Field));
    }

    [Fact]
    public void A_misspelt_field_name_is_rejected_with_its_path()
    {
        var error = LoadBrokenExercises(file => Variation(file, "plank", "plank.reach")["formCue"] = new JsonArray("x"));

        Assert.Contains("formCue", error.Message);
    }

    [Fact]
    public void Broken_json_is_reported_rather_than_crashing_later()
    {
        var error = Assert.Throws<ContentValidationException>(() => ExerciseLibrary.Load(Shipped.AsStream("{ \"exercises\": [ { \"id\": ")));

        Assert.Equal("exercises.json", error.Entry);
    }

    [Fact]
    public void A_red_flag_without_advice_is_named()
    {
        var file = JsonNode.Parse(Shipped.ReadFile("safety.json"))!;
        file["redFlags"]!.AsArray().Single(f => (string?)f!["id"] == "fever")!.AsObject().Remove("advice");

        var error = Assert.Throws<ContentValidationException>(() => SafetyContent.Load(Shipped.AsStream(file.ToJsonString())));

        Assert.Equal(("red flag 'fever'", "advice"), (error.Entry, error.Field));
    }

    [Fact]
    public void The_disclaimer_version_is_read_from_the_file()
    {
        var file = JsonNode.Parse(Shipped.ReadFile("safety.json"))!;
        file["disclaimerVersion"] = 7;

        Assert.Equal(7, SafetyContent.Load(Shipped.AsStream(file.ToJsonString())).DisclaimerVersion);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_disclaimer_version_that_is_missing_or_below_1_is_named(int? version)
    {
        var file = JsonNode.Parse(Shipped.ReadFile("safety.json"))!;
        file.AsObject().Remove("disclaimerVersion");
        if (version is not null)
        {
            file["disclaimerVersion"] = version;
        }

        var error = Assert.Throws<ContentValidationException>(() => SafetyContent.Load(Shipped.AsStream(file.ToJsonString())));

        Assert.Equal(("safety.json", "disclaimerVersion"), (error.Entry, error.Field));
    }

    [Fact]
    public void A_disclaimer_version_that_is_not_a_whole_number_is_named()
    {
        var file = JsonNode.Parse(Shipped.ReadFile("safety.json"))!;
        file["disclaimerVersion"] = "2b";

        var error = Assert.Throws<ContentValidationException>(() => SafetyContent.Load(Shipped.AsStream(file.ToJsonString())));

        Assert.Contains("disclaimerVersion", error.Field, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clauseBreakWords")]
    [InlineData("segmentBreakWords")]
    [InlineData("contractions")]
    [InlineData("wordsBeforeNot")]
    public void The_words_that_split_a_message_into_clauses_are_required(string field)
    {
        var file = JsonNode.Parse(Shipped.ReadFile("safety.json"))!;
        file.AsObject().Remove(field);

        var error = Assert.Throws<ContentValidationException>(() => SafetyContent.Load(Shipped.AsStream(file.ToJsonString())));

        Assert.StartsWith(field, error.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void A_joining_word_taken_out_of_the_file_lets_a_denial_reach_past_it()
    {
        const string Message = "no numbness and my legs feel weak";
        var file = JsonNode.Parse(Shipped.ReadFile("safety.json"))!;
        file["segmentBreakWords"] = new JsonArray("or", "because");

        var edited = new SafetyScreen(SafetyContent.Load(Shipped.AsStream(file.ToJsonString())));

        Assert.Contains(Shipped.Screen.ScanText(Message), flag => flag.Id == "leg-weakness");
        Assert.DoesNotContain(edited.ScanText(Message), flag => flag.Id == "leg-weakness");
    }

    [Fact]
    public void A_reason_template_must_keep_its_placeholders()
    {
        var file = JsonNode.Parse(Shipped.ReadFile("planning.json"))!;
        file["reasons"]!["focus"] = "Good for you.";

        var error = Assert.Throws<ContentValidationException>(() => PlanningText.Load(Shipped.AsStream(file.ToJsonString())));

        Assert.Equal("reasons.focus", error.Field);
    }

    private static ContentValidationException LoadBrokenExercises(Action<JsonNode> breakIt)
    {
        var file = JsonNode.Parse(Shipped.ReadFile("exercises.json"))!;
        breakIt(file);
        return Assert.Throws<ContentValidationException>(() => ExerciseLibrary.Load(Shipped.AsStream(file.ToJsonString())));
    }

    private static JsonObject Exercise(JsonNode file, string id) =>
        file["exercises"]!.AsArray().Single(e => (string?)e!["id"] == id)!.AsObject();

    private static JsonObject Variation(JsonNode file, string exerciseId, string variationId) =>
        Exercise(file, exerciseId)["variations"]!.AsArray().Single(v => (string?)v!["id"] == variationId)!.AsObject();
}
