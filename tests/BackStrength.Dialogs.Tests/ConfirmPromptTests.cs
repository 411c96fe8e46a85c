using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Dialogs.Tests;

public class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("YES!")]
    [InlineData("Yeah")]
    [InlineData("yep")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("Okay.")]
    [InlineData("y")]
    [InlineData("of course")]
    [InlineData("please")]
    [InlineData("yes please, let's do it")]
    [InlineData("Let's go")]
    [InlineData("1")]
    [InlineData("the first one")]
    [InlineData("it does")]
    [InlineData("yeah I can")]
    [InlineData("yes, no problem")]
    [InlineData("go on then")]
    [InlineData("I agree")]
    [InlineData("okey")]
    [InlineData("yess")]
    [InlineData("kk")]
    public async Task Everyday_ways_of_saying_yes_confirm(string answer)
    {
        await AnswerAsync(answer, "result: confirmed");
    }

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("n")]
    [InlineData("no thanks")]
    [InlineData("No, thank you")]
    [InlineData("not now")]
    [InlineData("Not today!")]
    [InlineData("maybe later")]
    [InlineData("I don't think so")]
    [InlineData("2")]
    [InlineData("last")]
    [InlineData("it doesn't")]
    [InlineData("I can't")]
    [InlineData("not ok")]
    [InlineData("I'm not ready")]
    [InlineData("I can hardly")]
    public async Task Everyday_ways_of_saying_no_decline(string answer)
    {
        await AnswerAsync(answer, "result: declined");
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("what do you mean")]
    [InlineData("yes and no")]
    [InlineData("sort of")]
    [InlineData("I don't know")]
    [InlineData("yes, but not today")]
    public async Task An_unclear_answer_gets_the_question_again(string answer)
    {
        await new DialogHarness(Root()).Flow()
            .Send("hi").Reply("Shall we start?\n\n1. Yes\n2. No")
            .Send(answer).Reply("Shall we start?\n\n1. Yes\n2. No")
            .Send("yes").Reply("result: confirmed")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("value", true, "result: confirmed")]
    [InlineData("value", false, "result: declined")]
    [InlineData("start", "yes", "result: confirmed")]
    [InlineData("choice", "No", "result: declined")]
    public async Task A_card_submit_answers_the_question(string field, object submitted, string expected)
    {
        await new DialogHarness(Root()).Flow()
            .Send("hi").Reply(_ => { })
            .SendCardSubmit(new Dictionary<string, object> { [field] = submitted })
            .Reply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Yes_and_no_are_suggested_actions_in_web_chat()
    {
        await new DialogHarness(Root(), conversation: DialogHarness.Conversation("webchat")).Flow()
            .Send("hi").Reply(activity =>
            {
                var message = (IMessageActivity)activity;
                Assert.Equal("Shall we start?", message.Text);
                Assert.Equal(["Yes", "No"], message.SuggestedActions.Actions.Select(action => action.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Relabelled_choices_are_shown_and_understood()
    {
        var prompt = new ConfirmPrompt("start")
        {
            ConfirmChoices = Tuple.Create(new Choice("Start the session"), new Choice("Skip")),
            Style = ListStyle.Inline,
        };

        await new DialogHarness(Steps.AskOnce(prompt, Steps.Ask("Shall we start?"))).Flow()
            .Send("hi").Reply("Shall we start? (1) Start the session or (2) Skip")
            .Send("skip").Reply("result: declined")
            .Send("hi").Reply(_ => { })
            .Send("start the session").Reply("result: confirmed")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("easily", "result: confirmed")]
    [InlineData("it hurts", "result: declined")]
    [InlineData("not easily", "result: declined")]
    public async Task The_choices_synonyms_say_yes_or_no_and_a_denied_yes_synonym_is_a_no(string answer, string expected)
    {
        var prompt = new ConfirmPrompt("floor");
        prompt.ConfirmChoices.Item1.Synonyms = ["easily"];
        prompt.ConfirmChoices.Item2.Synonyms = ["it hurts"];

        await new DialogHarness(Steps.AskOnce(prompt, Steps.Ask("Can you get down to the floor?"))).Flow()
            .Send("hi").Reply(_ => { })
            .Send(answer).Reply(expected)
            .StartTestAsync();
    }

    private static Task AnswerAsync(string answer, string expected)
        => new DialogHarness(Root()).Flow()
            .Send("hi").Reply(_ => { })
            .Send(answer).Reply(expected)
            .StartTestAsync();

    private static ComponentDialog Root() => Steps.AskOnce(new ConfirmPrompt("start"), Steps.Ask("Shall we start?"));
}
