using BackStrength.Cards;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Tests;

public class TemplateEngineTests
{
    private static JObject Expand(string template, object data) => CardTemplate.Parse(template).Expand(data).ToJObject();

    [Fact]
    public void A_whole_string_binding_keeps_the_json_type_of_the_value()
    {
        var card = Expand(
            """{ "n": "${count}", "b": "${flag}", "o": "${item}", "a": "${list}" }""",
            JObject.Parse("""{ "count": 7, "flag": true, "item": { "x": 1 }, "list": [1, 2] }"""));

        Assert.Equal(JTokenType.Integer, card["n"]!.Type);
        Assert.Equal(7, card.Value<int>("n"));
        Assert.True(card.Value<bool>("b"));
        Assert.Equal(1, card["o"]!.Value<int>("x"));
        Assert.Equal([1, 2], card["a"]!.Values<int>());
    }

    [Fact]
    public void A_binding_inside_a_larger_string_is_interpolated_as_text()
    {
        var card = Expand("""{ "text": "Exercise ${position} of ${total}: ${name}" }""", new { Position = 2, Total = 5, Name = "Bird dog" });

        Assert.Equal("Exercise 2 of 5: Bird dog", card.Value<string>("text"));
    }

    [Fact]
    public void View_model_properties_bind_by_their_camel_case_names()
    {
        var card = Expand("""{ "text": "${exerciseName} / ${feeling}" }""", new FeelingModel("Side plank", Feeling.TooEasy));

        Assert.Equal("Side plank / tooEasy", card.Value<string>("text"));
    }

    [Fact]
    public void Paths_and_indexers_reach_into_nested_data()
    {
        var card = Expand(
            """{ "a": "${plan.items[1].name}", "b": "${plan['title']}", "c": "${plan.items[5].name}" }""",
            JObject.Parse("""{ "plan": { "title": "Today", "items": [ { "name": "Bridge" }, { "name": "Plank" } ] } }"""));

        Assert.Equal("Plank", card.Value<string>("a"));
        Assert.Equal("Today", card.Value<string>("b"));
        Assert.False(card.ContainsKey("c"));
    }

    [Fact]
    public void An_array_data_repeats_the_element_once_per_item_with_its_index()
    {
        var card = Expand(
            """{ "body": [ { "$data": "${steps}", "type": "TextBlock", "text": "${add($index, 1)}. ${$data}" } ] }""",
            new { Steps = new[] { "Kneel", "Reach", "Return" } });

        Assert.Equal(["1. Kneel", "2. Reach", "3. Return"], card["body"]!.Select(item => item.Value<string>("text")));
        Assert.All(card["body"]!, item => Assert.Null(item["$data"]));
    }

    [Fact]
    public void An_object_data_rebinds_the_scope_and_root_still_reaches_the_top()
    {
        var card = Expand(
            """{ "body": [ { "$data": "${current}", "text": "${name} for ${$root.userName}" } ] }""",
            new { UserName = "Priya", Current = new { Name = "Bridge" } });

        Assert.Equal("Bridge for Priya", card["body"]![0]!.Value<string>("text"));
    }

    [Fact]
    public void An_empty_or_missing_array_data_removes_the_element()
    {
        const string template = """{ "body": [ { "$data": "${items}", "text": "${$data}" }, { "text": "after" } ] }""";

        Assert.Single(Expand(template, new { Items = Array.Empty<string>() })["body"]!);
        Assert.Single(Expand(template, new { })["body"]!);
    }

    [Theory]
    [InlineData("""{ "show": true }""", true)]
    [InlineData("""{ "show": false }""", false)]
    [InlineData("""{ }""", false)]
    public void When_includes_an_element_only_when_its_condition_holds(string data, bool included)
    {
        var card = Expand("""{ "body": [ { "$when": "${show}", "text": "shown" } ] }""", JObject.Parse(data));

        Assert.Equal(included ? 1 : 0, card["body"]!.Count());
    }

    [Fact]
    public void When_is_evaluated_for_each_repeated_item()
    {
        var card = Expand(
            """{ "body": [ { "$data": "${items}", "$when": "${exists(imageUrl)}", "url": "${imageUrl}" } ] }""",
            JObject.Parse("""{ "items": [ { "imageUrl": "https://a.example/1.png" }, { }, { "imageUrl": "https://a.example/3.png" } ] }"""));

        Assert.Equal(["https://a.example/1.png", "https://a.example/3.png"], card["body"]!.Select(item => item.Value<string>("url")));
    }

    [Theory]
    [InlineData("${a == 3}", true)]
    [InlineData("${a != 3}", false)]
    [InlineData("${a < 4 && a >= 3}", true)]
    [InlineData("${a > 3 || a <= 2}", false)]
    [InlineData("${!(a == 3)}", false)]
    [InlineData("${name == 'Plank'}", true)]
    [InlineData("${'Bridge' < name}", true)]
    [InlineData("${missing == null}", true)]
    [InlineData("${!missing}", true)]
    [InlineData("${a > name}", null)]
    public void Operators_compare_and_combine_values(string expression, bool? expected)
    {
        var card = Expand($$"""{ "r": "{{expression}}" }""", new { A = 3, Name = "Plank" });

        Assert.Equal(expected, card["r"]?.Value<bool>());
    }

    [Theory]
    [InlineData("${count(list)}", "3")]
    [InlineData("${count(name)}", "5")]
    [InlineData("${exists(name)}", "true")]
    [InlineData("${exists(missing)}", "false")]
    [InlineData("${empty(list)}", "false")]
    [InlineData("${empty(none)}", "true")]
    [InlineData("${empty('')}", "true")]
    [InlineData("${if(count(list) > 2, 'many', 'few')}", "many")]
    [InlineData("${join(list, ', ')}", "a, b, c")]
    [InlineData("${concat('The ', name, '!')}", "The Plank!")]
    [InlineData("${string(3)}", "3")]
    [InlineData("${add(2, 3)}", "5")]
    [InlineData("${add(0.5, 1)}", "1.5")]
    [InlineData("${join(select(people, p, p.name), '+')}", "Ann+Bo")]
    public void Functions_give_the_documented_results(string expression, string expected)
    {
        var data = JObject.Parse("""{ "list": ["a", "b", "c"], "none": [], "name": "Plank", "people": [ { "name": "Ann" }, { "name": "Bo" } ] }""");

        var card = Expand($$"""{ "r": "Result: {{expression}}" }""", data);

        Assert.Equal($"Result: {expected}", card.Value<string>("r"));
    }

    [Fact]
    public void A_missing_whole_binding_drops_the_property_and_interpolates_as_empty_text()
    {
        var card = Expand("""{ "value": "${values.painNow}", "text": "Pain: ${values.painNow}.", "list": ["${nope}", "kept"] }""", new { });

        Assert.False(card.ContainsKey("value"));
        Assert.Equal("Pain: .", card.Value<string>("text"));
        Assert.Equal(["kept"], card["list"]!.Values<string>());
    }

    [Fact]
    public void Text_that_looks_like_a_binding_but_is_not_closed_stays_literal()
    {
        var card = Expand("""{ "text": "Costs ${5 or so", "plain": "{not a binding}" }""", new { });

        Assert.Equal("Costs ${5 or so", card.Value<string>("text"));
        Assert.Equal("{not a binding}", card.Value<string>("plain"));
    }

    [Fact]
    public void Braces_and_quotes_inside_string_literals_do_not_end_the_binding()
    {
        var card = Expand("""{ "text": "${if(ok, '{yes}', 'no')} done" }""", new { Ok = true });

        Assert.Equal("{yes} done", card.Value<string>("text"));
    }

    [Fact]
    public void Data_text_cannot_add_card_structure()
    {
        const string attack = "\"}, { \"type\": \"Action.OpenUrl\", \"url\": \"https://evil.example\" }, {\"x\": \"";

        var card = Expand(
            """{ "body": [ { "type": "Input.Text", "id": "a", "value": "${name}" } ], "actions": [] }""",
            new { Name = attack });

        Assert.Single(card["body"]!);
        Assert.Empty(card["actions"]!);
        Assert.Equal(attack, card["body"]![0]!.Value<string>("value"));
    }

    [Fact]
    public void Data_text_that_looks_like_a_binding_is_not_evaluated()
    {
        var card = Expand("""{ "type": "Input.Text", "value": "${name}", "label": "Hi ${name}" }""", new { Name = "${$root.secret}", Secret = "leaked" });

        Assert.Equal("${$root.secret}", card.Value<string>("value"));
        Assert.Equal("Hi ${$root.secret}", card.Value<string>("label"));
    }

    [Fact]
    public void Bound_text_in_text_blocks_and_facts_is_markdown_escaped_but_the_templates_own_markdown_is_not()
    {
        var card = Expand(
            """
            { "body": [
                { "type": "TextBlock", "text": "**Hello** ${name}" },
                { "type": "FactSet", "facts": [ { "title": "${name}", "value": "${name}" } ] },
                { "type": "Input.Text", "id": "n", "label": "${name}" } ] }
            """,
            new { Name = "[click](https://evil.example) *now*" });

        var escaped = @"\[click\](https://evil.example) \*now\*";
        Assert.Equal($"**Hello** {escaped}", card["body"]![0]!.Value<string>("text"));
        Assert.Equal(escaped, card["body"]![1]!["facts"]![0]!.Value<string>("title"));
        Assert.Equal(escaped, card["body"]![1]!["facts"]![0]!.Value<string>("value"));
        Assert.Equal("[click](https://evil.example) *now*", card["body"]![2]!.Value<string>("label"));
    }

    [Fact]
    public void A_property_named_markdown_is_trusted_and_inserted_unescaped()
    {
        var card = Expand("""{ "type": "TextBlock", "text": "${tipMarkdown}" }""", new { TipMarkdown = "Keep your **back flat**" });

        Assert.Equal("Keep your **back flat**", card.Value<string>("text"));
    }

    [Fact]
    public void Template_text_that_looks_like_a_date_is_kept_exactly_as_written()
    {
        var card = Expand("""{ "text": "2026-11-25T09:30:00Z" }""", new { });

        Assert.Equal(JTokenType.String, card["text"]!.Type);
        Assert.Equal("2026-11-25T09:30:00Z", card.Value<string>("text"));
    }

    [Fact]
    public void Expanding_does_not_change_the_template_so_it_can_be_reused()
    {
        var template = CardTemplate.Parse("""{ "body": [ { "$data": "${items}", "text": "${$data}" } ] }""");

        template.Expand(new { Items = new[] { "a", "b" } });
        var second = template.Expand(new { Items = new[] { "c" } }).ToJObject();

        Assert.Equal(["c"], second["body"]!.Select(item => item.Value<string>("text")));
    }

    [Theory]
    [InlineData("${unknownFunction(x)}")]
    [InlineData("${count(a, b)}")]
    [InlineData("${a ==}")]
    [InlineData("${a 'b'}")]
    [InlineData("${a # b}")]
    [InlineData("${items[0}")]
    public void A_malformed_binding_is_reported_when_the_template_is_parsed(string binding)
    {
        var error = Assert.Throws<TemplateSyntaxException>(() => CardTemplate.Parse($$"""{ "text": "{{binding}}" }"""));

        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public void Button_titles_are_given_by_the_value_they_send_leaving_out_bound_ones()
    {
        var template = CardTemplate.Parse("""
            { "actions": [
              { "type": "Action.Submit", "title": "Too easy", "data": { "action": "feeling", "feeling": "tooEasy" } },
              { "type": "Action.Submit", "title": "${label}", "data": { "action": "feeling", "feeling": "aboutRight" } },
              { "type": "Action.Submit", "title": "Done", "data": { "action": "done", "exerciseId": "${id}" } },
              { "type": "Action.OpenUrl", "title": "More", "url": "https://example.org" } ] }
            """);

        Assert.Equal(new Dictionary<string, string> { ["tooEasy"] = "Too easy" }, template.ActionTitles("feeling"));
        Assert.Equal(new Dictionary<string, string> { ["feeling"] = "Too easy", ["done"] = "Done" }, template.ActionTitles("action"));
    }

    private enum Feeling
    {
        TooEasy,
    }

    private sealed record FeelingModel(string ExerciseName, Feeling Feeling);
}
