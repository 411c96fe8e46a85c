namespace BackStrength.Dialogs.Tests;

public class NumberPromptTests
{
    [Theory]
    [InlineData("5", "5")]
    [InlineData("five", "5")]
    [InlineData("Seven please", "7")]
    [InlineData("Twenty-five", "25")]
    [InlineData("twenty five", "25")]
    [InlineData("about 12 reps", "12")]
    [InlineData("-3", "-3")]
    public async Task An_integer_is_understood_in_digits_or_words(string answer, string expected)
    {
        await new DialogHarness(Steps.AskOnce(new NumberPrompt<int>("count"), Steps.Ask("How many?"))).Flow()
            .Send("hi").Reply("How many?")
            .Send(answer).Reply($"result: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("2.5", "2.5")]
    [InlineData("one", "1")]
    [InlineData("0.75 km", "0.75")]
    public async Task A_double_accepts_fractions(string answer, string expected)
    {
        await new DialogHarness(Steps.AskOnce(new NumberPrompt<double>("distance"), Steps.Ask("How far?"))).Flow()
            .Send("hi").Reply("How far?")
            .Send(answer).Reply($"result: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("lots")]
    [InlineData("")]
    public async Task An_integer_prompt_asks_again_for_a_fraction_or_no_number(string answer)
    {
        await new DialogHarness(Steps.AskOnce(new NumberPrompt<int>("count"), Steps.Ask("How many?", "Please type a whole number, like 5."))).Flow()
            .Send("hi").Reply("How many?")
            .Send(answer).Reply("Please type a whole number, like 5.")
            .Send("4").Reply("result: 4")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_range_in_the_options_rejects_numbers_outside_it(bool typedStorage)
    {
        var options = Steps.Ask("Pain from 0 to 10?", "Please give a number from 0 to 10.");
        options.Validations = new NumberRange(0, 10);
        var root = Steps.AskOnce(new NumberPrompt<int>("pain"), options);

        await new DialogHarness(root, DialogHarness.StorageOfKind(typedStorage)).Flow()
            .Send("hi").Reply("Pain from 0 to 10?")
            .Send("11").Reply("Please give a number from 0 to 10.")
            .Send("twelve").Reply("Please give a number from 0 to 10.")
            .Send("ten").Reply("result: 10")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submit_answers_with_a_number_value()
    {
        await new DialogHarness(Steps.AskOnce(new NumberPrompt<int>("count"), Steps.Ask("How many?"))).Flow()
            .Send("hi").Reply("How many?")
            .SendCardSubmit(new { value = 7 })
            .Reply("result: 7")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submit_can_use_a_configured_field()
    {
        var prompt = new NumberPrompt<int>("count") { SubmitValueKey = "reps" };

        await new DialogHarness(Steps.AskOnce(prompt, Steps.Ask("How many?"))).Flow()
            .Send("hi").Reply("How many?")
            .SendCardSubmit(new { reps = "8", comment = "felt fine" })
            .Reply("result: 8")
            .StartTestAsync();
    }

    [Fact]
    public void Only_numeric_types_are_supported()
    {
        Assert.Throws<ArgumentException>(() => new NumberPrompt<DateTime>("when"));
    }
}
