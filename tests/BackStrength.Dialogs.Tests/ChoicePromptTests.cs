using BackStrength.Dialogs.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Dialogs.Tests;

public class ChoicePromptTests
{
    private static readonly string[] Titles = ["Cat cow stretch", "Pelvic tilt", "Bird dog", "Child's pose"];

    [Theory]
    [InlineData("Pelvic tilt", 1)]
    [InlineData("pelvic TILT!!!", 1)]
    [InlineData("  Pelvic, tilt. ", 1)]
    [InlineData("childs pose", 3)]
    [InlineData("Bírd dög", 2)]
    [InlineData("quadruped reach", 2)]
    [InlineData("cat-camel", 0)]
    [InlineData("I'd like the bird dog today", 2)]
    [InlineData("2", 1)]
    [InlineData("number 3", 2)]
    [InlineData("three", 2)]
    [InlineData("#4", 3)]
    [InlineData("the second one", 1)]
    [InlineData("first please", 0)]
    [InlineData("last", 3)]
    [InlineData("the last one please", 3)]
    [InlineData("i think the third", 2)]
    [InlineData("Pelvik tilt", 1)]
    [InlineData("cat cow strecth", 0)]
    [InlineData("brid dog", 2)]
    [InlineData("not the cat cow, the bird dog", 2)]
    [InlineData("bird dog but not pelvic tilt", 2)]
    [InlineData("I don't want child's pose, pelvic tilt please", 1)]
    public async Task A_typed_answer_picks_the_choice_by_title_synonym_number_or_ordinal(string answer, int expectedIndex)
    {
        await new DialogHarness(Root()).Flow()
            .Send("hi").Reply(_ => { })
            .Send(answer).Reply($"result: choice {expectedIndex}: {Titles[expectedIndex]}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("cat cow or bird dog")]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("dog")]
    [InlineData("bard dog")]
    [InlineData("something else")]
    [InlineData("not bird dog")]
    [InlineData("never pelvic tilt")]
    [InlineData("bird dog, no actually pelvic tilt")]
    [InlineData("pelvic tilt and then child's pose")]
    [InlineData("same as last time otherwise")]
    [InlineData("first I want to ask something")]
    [InlineData("show me the routine first")]
    public async Task An_answer_that_picks_no_single_choice_gets_the_question_again(string answer)
    {
        await new DialogHarness(Root()).Flow()
            .Send("hi").Reply(_ => { })
            .Send(answer).Reply(activity => Assert.StartsWith("Which exercise?", ((IMessageActivity)activity).Text))
            .Send("bird dog").Reply("result: choice 2: Bird dog")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("10", "result: choice 1: 10")]
    [InlineData("fifteen", "result: choice 2: 15")]
    [InlineData("the first one", "result: choice 0: 5")]
    [InlineData("2", "(asked again)")]
    public async Task When_the_choices_are_numbers_a_number_means_the_choice_not_its_position(string answer, string expected)
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Minutes?"), Choices = ChoiceFactory.ToChoices(["5", "10", "15"]) };
        var root = Steps.AskOnce(new ChoicePrompt("minutes") { Style = ListStyle.None }, options);

        await new DialogHarness(root).Flow()
            .Send("hi").Reply("Minutes?")
            .Send(answer).Reply(expected == "(asked again)" ? "Minutes?" : expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("choice", "Bird dog", 2)]
    [InlineData("exercise", "2", 1)]
    [InlineData("value", "pelvic tilt", 1)]
    public async Task A_card_submit_answers_with_the_field_named_after_the_prompt_or_value_or_choice(string field, string submitted, int expectedIndex)
    {
        await new DialogHarness(Root()).Flow()
            .Send("hi").Reply(_ => { })
            .SendCardSubmit(new Dictionary<string, string> { [field] = submitted })
            .Reply($"result: choice {expectedIndex}: {Titles[expectedIndex]}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("webchat", null)]
    [InlineData("directline", null)]
    [InlineData("emulator", null)]
    public async Task Auto_style_shows_suggested_actions_where_the_channel_can(string channelId, string? conversationType)
    {
        var harness = new DialogHarness(Root(), conversation: DialogHarness.Conversation(channelId, conversationType));
        await harness.Flow()
            .Send("hi").Reply(activity =>
            {
                var message = (IMessageActivity)activity;
                Assert.Equal("Which exercise?", message.Text);
                Assert.Equal(Titles, message.SuggestedActions.Actions.Select(action => action.Title));
                Assert.All(message.SuggestedActions.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
                Assert.Equal(Titles, message.SuggestedActions.Actions.Select(action => (string)action.Value));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("msteams", "groupChat")]
    [InlineData("msteams", "channel")]
    [InlineData("msteams", "personal")]
    [InlineData("test", null)]
    [InlineData("sms", null)]
    public async Task Auto_style_falls_back_to_a_numbered_list_elsewhere_and_for_more_than_three_choices_in_Teams(string channelId, string? conversationType)
    {
        var harness = new DialogHarness(Root(), conversation: DialogHarness.Conversation(channelId, conversationType));
        await harness.Flow()
            .Send("hi").Reply(activity =>
            {
                var message = (IMessageActivity)activity;
                Assert.Null(message.SuggestedActions);
                Assert.Equal("Which exercise?\n\n1. Cat cow stretch\n2. Pelvic tilt\n3. Bird dog\n4. Child's pose", message.Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Auto_style_shows_up_to_three_suggested_actions_in_a_Teams_personal_chat()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Which one?"), Choices = ChoiceFactory.ToChoices(Titles.Take(3)) };
        var root = Steps.AskOnce(new ChoicePrompt("exercise"), options);

        await new DialogHarness(root, conversation: DialogHarness.Conversation("msteams", "personal")).Flow()
            .Send("hi").Reply(activity =>
            {
                var message = (IMessageActivity)activity;
                Assert.Equal("Which one?", message.Text);
                Assert.Equal(Titles.Take(3), message.SuggestedActions.Actions.Select(action => action.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Inline_style_numbers_the_choices_in_the_sentence()
    {
        await new DialogHarness(Root(ListStyle.Inline)).Flow()
            .Send("hi").Reply("Which exercise? (1) Cat cow stretch, (2) Pelvic tilt, (3) Bird dog, or (4) Child's pose")
            .StartTestAsync();
    }

    [Fact]
    public async Task HeroCard_style_puts_the_question_and_a_button_per_choice_on_a_card()
    {
        await new DialogHarness(Root(ListStyle.HeroCard)).Flow()
            .Send("hi").Reply(activity =>
            {
                var message = (IMessageActivity)activity;
                var card = Assert.IsType<HeroCard>(Assert.Single(message.Attachments).Content);
                Assert.Equal(HeroCard.ContentType, message.Attachments[0].ContentType);
                Assert.Equal("Which exercise?", card.Text);
                Assert.Equal(Titles, card.Buttons.Select(button => button.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task None_style_sends_only_the_question()
    {
        await new DialogHarness(Root(ListStyle.None), conversation: DialogHarness.Conversation("webchat")).Flow()
            .Send("hi").Reply(activity =>
            {
                var message = (IMessageActivity)activity;
                Assert.Equal("Which exercise?", message.Text);
                Assert.Null(message.SuggestedActions);
                Assert.Empty(message.Attachments);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_choice_with_its_own_action_uses_it_as_the_button()
    {
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text("Ready?"),
            Choices = [new Choice("Start") { Action = new CardAction(ActionTypes.PostBack, "Let's begin", value: "Start") }, new Choice("Later")],
        };
        var root = Steps.AskOnce(new ChoicePrompt("ready"), options);

        await new DialogHarness(root, conversation: DialogHarness.Conversation("webchat")).Flow()
            .Send("hi").Reply(activity =>
            {
                var actions = ((IMessageActivity)activity).SuggestedActions.Actions;
                Assert.Equal(("Let's begin", ActionTypes.PostBack), (actions[0].Title, actions[0].Type));
                Assert.Equal(("Later", ActionTypes.ImBack), (actions[1].Title, actions[1].Type));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task The_retry_prompt_is_shown_with_the_choices_again()
    {
        var options = ExerciseOptions();
        options.RetryPrompt = MessageFactory.Text("Please pick one of these:");
        var root = Steps.AskOnce(new ChoicePrompt("exercise") { Style = ListStyle.List }, options);

        await new DialogHarness(root).Flow()
            .Send("hi").Reply(_ => { })
            .Send("hmm").Reply("Please pick one of these:\n\n1. Cat cow stretch\n2. Pelvic tilt\n3. Bird dog\n4. Child's pose")
            .StartTestAsync();
    }

    /// <summary>
    /// A host that writes chat shorthand out ("qr" as "quadruped reach") has it tried when the words as typed pick nothing,
    /// on the answer and the choices' words alike; words that pick a choice as typed are never read otherwise.
    /// </summary>
    [Theory]
    [InlineData("qr pls", 2)]
    [InlineData("the pt one", 1)]
    [InlineData("cat cow", 0)]
    public async Task A_host_can_write_shorthand_out_when_the_words_as_typed_pick_nothing(string answer, int expectedIndex)
    {
        static string WrittenOut(string? text) => string.Join(' ', (text ?? string.Empty).ToLowerInvariant().Split(' ')
            .Select(word => word switch { "qr" => "quadruped reach", "pt" => "pelvic tilt", "cat" => "dog", _ => word }));
        var root = Steps.AskOnce(new ChoicePrompt("exercise") { WrittenOut = WrittenOut }, ExerciseOptions());

        await new DialogHarness(root).Flow()
            .Send("hi").Reply(_ => { })
            .Send(answer).Reply($"result: choice {expectedIndex}: {Titles[expectedIndex]}")
            .StartTestAsync();
    }

    private static ComponentDialog Root(ListStyle? style = null)
    {
        var options = ExerciseOptions();
        options.Style = style;
        return Steps.AskOnce(new ChoicePrompt("exercise"), options);
    }

    private static PromptOptions ExerciseOptions() => new()
    {
        Prompt = MessageFactory.Text("Which exercise?"),
        Choices =
        [
            new Choice(Titles[0]) { Synonyms = ["cat cow", "cat-camel"] },
            new Choice(Titles[1]),
            new Choice(Titles[2]) { Synonyms = ["quadruped reach"] },
            new Choice(Titles[3]),
        ],
    };
}
