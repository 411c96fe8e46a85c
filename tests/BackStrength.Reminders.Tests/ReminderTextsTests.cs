using BackStrength.Bot.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Reminders.Tests;

/// <summary>The reminder texts in Content/conversation.json are checked when the bot starts, not when someone reads them.</summary>
public sealed class ReminderTextsTests
{
    [Fact]
    public void The_shipped_texts_pass_the_check()
    {
        using var services = ShippedContent.Services();

        var texts = services.GetRequiredService<IOptions<ReminderTexts>>().Value;

        Assert.Contains("{0}", texts.Confirmed, StringComparison.Ordinal);
        Assert.NotEmpty(texts.Commands[ReminderCommand.Stop]);
    }

    [Theory]
    [InlineData("Reminders:DueTitle", "", "Reminders:DueTitle is empty")]
    [InlineData("Reminders:Confirmed", "Done.", "Reminders:Confirmed needs {0}")]
    [InlineData("Reminders:ScheduleFormat", "{0} at {1}", "Reminders:ScheduleFormat needs {2}")]
    [InlineData("Reminders:OnceFormat", "once, {0} at {1}", "Reminders:OnceFormat needs {2}")]
    [InlineData("Reminders:OncePassed", "It's past {0}.", "Reminders:OncePassed needs {1}")]
    [InlineData("Reminders:ScheduleWords:TonightAt", "evening", "Reminders:ScheduleWords:TonightAt is not a time (HH:mm)")]
    [InlineData("Reminders:ScheduleWords:Tomorrow:0", " ", "Reminders:ScheduleWords:Tomorrow has a blank entry")]
    public void A_text_left_empty_or_without_its_placeholder_stops_start_up_and_is_named(string key, string value, string expected)
    {
        using var services = ShippedContent.Services(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReminderTexts>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_without_words_or_a_blank_schedule_word_stops_start_up_and_is_named()
    {
        using var services = ShippedContent.Services();
        var texts = services.GetRequiredService<IOptions<ReminderTexts>>().Value;
        texts.ScheduleWords.Days.Remove(DayOfWeek.Monday);
        texts.ScheduleWords.Ranges.Add(" ");

        var result = new ReminderTextsValidator().Validate(null, texts);

        Assert.True(result.Failed);
        Assert.Contains("Reminders:ScheduleWords:Days:Monday lists no words.", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Reminders:ScheduleWords:Ranges has a blank entry.", result.FailureMessage, StringComparison.Ordinal);
    }
}
