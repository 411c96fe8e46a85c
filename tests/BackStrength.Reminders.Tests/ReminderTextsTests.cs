using BackStrength.Bot.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Reminders.Tests;

/// <summary>The reminder texts in Content/conversation.json are checked when the bot starts, not when someone reads them.</summary>
public sealed class ReminderTextsTests
{
    private static readonly string ShippedContent = Path.Combine(AppContext.BaseDirectory, "Content", "conversation.json");

    [Fact]
    public void The_shipped_texts_pass_the_check()
    {
        using var services = Services();

        var texts = services.GetRequiredService<IOptions<ReminderTexts>>().Value;

        Assert.Contains("{0}", texts.Confirmed, StringComparison.Ordinal);
        Assert.NotEmpty(texts.Commands[ReminderCommand.Stop]);
    }

    [Theory]
    [InlineData("Reminders:DueTitle", "", "Reminders:DueTitle is empty")]
    [InlineData("Reminders:Confirmed", "Done.", "Reminders:Confirmed needs {0}")]
    [InlineData("Reminders:ScheduleFormat", "{0} at {1}", "Reminders:ScheduleFormat needs {2}")]
    public void A_text_left_empty_or_without_its_placeholder_stops_start_up_and_is_named(string key, string value, string expected)
    {
        using var services = Services(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReminderTexts>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(ShippedContent, optional: false)
            .AddInMemoryCollection(overrides ?? [])
            .Build();
        return new ServiceCollection().AddReminders(configuration).BuildServiceProvider();
    }
}
