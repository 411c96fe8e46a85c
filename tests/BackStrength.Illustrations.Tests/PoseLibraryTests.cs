using System.Text;
using System.Text.Json.Nodes;
using BackStrength.Coaching;
using BackStrength.Illustrations.Poses;

namespace BackStrength.Illustrations.Tests;

public class PoseLibraryTests
{
    [Theory]
    [MemberData(nameof(Shipped.VariationIds), MemberType = typeof(Shipped))]
    public void Every_variation_has_a_pose_with_words_for_screen_readers(string variationId)
    {
        var pose = Shipped.Pose(variationId);

        Assert.True(pose.AltText.Length > 40, $"{variationId}: the alt text '{pose.AltText}' is too short to describe a movement.");
        Assert.NotEqual(pose.Frame(pose.Still.From), pose.Frame(pose.Still.To));
    }

    [Fact]
    public void A_variation_without_a_pose_is_named()
    {
        var file = ShippedFile();
        file["poses"]!.AsObject().Remove("plank.knees");

        var error = Assert.Throws<ContentValidationException>(() => Load(file));

        Assert.Equal("variation 'plank.knees'", error.Entry);
    }

    [Fact]
    public void A_pose_for_a_variation_the_library_does_not_have_is_named()
    {
        var file = ShippedFile();
        file["poses"]!["plank.one-arm"] = file["poses"]!["plank.standard"]!.DeepClone();

        var error = Assert.Throws<ContentValidationException>(() => Load(file));

        Assert.Equal("variation 'plank.one-arm'", error.Entry);
    }

    [Theory]
    [InlineData("frames.down.nearArm", """{ "view": "side", "frames": { "down": { "torso": 0, "nearArm": [0], "nearLeg": [0, 0, 0] }, "up": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "altText": "Lifts." }""")]
    [InlineData("frames.down.nearArm", """{ "view": "front", "frames": { "down": { "torso": 0, "nearArm": [0, 0, 1.5], "nearLeg": [0, 0, 0] }, "up": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "altText": "Lifts." }""")]
    [InlineData("frames.up.farLeg", """{ "view": "side", "frames": { "down": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] }, "up": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0], "farLeg": [0, 0] } }, "altText": "Lifts." }""")]
    [InlineData("frames.down.torso", """{ "view": "side", "frames": { "down": { "nearArm": [0, 0], "nearLeg": [0, 0, 0] }, "up": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "altText": "Lifts." }""")]
    [InlineData("frames", """{ "view": "side", "frames": { "down": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "altText": "Lifts." }""")]
    [InlineData("sequence[1]", """{ "view": "side", "frames": { "down": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] }, "up": { "torso": 9, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "sequence": ["down", "top"], "altText": "Lifts." }""")]
    [InlineData("still", """{ "view": "side", "frames": { "down": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] }, "up": { "torso": 9, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "still": ["up", "up"], "altText": "Lifts." }""")]
    [InlineData("altText", """{ "view": "side", "frames": { "down": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] }, "up": { "torso": 9, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "altText": " " }""")]
    [InlineData("view", """{ "view": "above", "frames": { "down": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] }, "up": { "torso": 9, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "altText": "Lifts." }""")]
    [InlineData("props[0].kind", """{ "view": "side", "props": [{ "kind": "trampoline" }], "frames": { "down": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] }, "up": { "torso": 9, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "altText": "Lifts." }""")]
    [InlineData("props", """{ "view": "side", "props": [{ "kind": "band-from-door" }], "frames": { "down": { "torso": 0, "nearArm": [0, 0], "nearLeg": [0, 0, 0] }, "up": { "torso": 9, "nearArm": [0, 0], "nearLeg": [0, 0, 0] } }, "altText": "Lifts." }""")]
    public void A_malformed_pose_names_the_variation_and_field(string field, string pose)
    {
        var file = ShippedFile();
        file["poses"]!["bridge.small"] = JsonNode.Parse(pose);

        var error = Assert.Throws<ContentValidationException>(() => Load(file));

        Assert.Equal("variation 'bridge.small'", error.Entry);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_ignored()
    {
        var file = ShippedFile();
        file["poses"]!["bridge.small"]!["altTxt"] = "Lifts.";

        var error = Assert.Throws<ContentValidationException>(() => Load(file));

        Assert.Contains("altTxt", error.Message, StringComparison.Ordinal);
    }

    private static JsonNode ShippedFile()
    {
        using var stream = typeof(PoseLibrary).Assembly.GetManifestResourceStream("BackStrength.Illustrations.Content.poses.json")!;
        return JsonNode.Parse(stream)!;
    }

    private static PoseLibrary Load(JsonNode file) =>
        PoseLibrary.Load(new MemoryStream(Encoding.UTF8.GetBytes(file.ToJsonString())), Shipped.Exercises);
}
