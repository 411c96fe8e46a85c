using BackStrength.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Tests;

/// <summary>Settings the bot cannot work with stop it at start-up with a message naming them, not in a person's turn.</summary>
public sealed class HostSettingsTests
{
    [Theory]
    [InlineData("TurnGate:HoldFor", "00:00:00")]
    [InlineData("TurnGate:MaxWait", "-00:00:01")]
    [InlineData("TurnGate:BusyMessage", " ")]
    [InlineData("TurnGate:HandledActivityIdsKept", "0")]
    [InlineData("ChannelRetry:MaxAttempts", "0")]
    [InlineData("ChannelRetry:BaseDelay", "-00:00:01")]
    [InlineData("Messages:MaxActivityBytes", "0")]
    [InlineData("Messages:MaxMessageCharacters", "-5")]
    [InlineData("ChannelClients:KeepFor", "-00:00:01")]
    [InlineData("ChannelClients:MaxKept", "-1")]
    public void A_setting_the_bot_cannot_work_with_stops_start_up_and_is_named(string setting, string value)
    {
        var error = StartUpFails(setting, value);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Conversation:NoPlanYet", " ", "Conversation:NoPlanYet is empty.")]
    [InlineData("Conversation:SkippedQuestion:Floor", "", "Conversation:SkippedQuestion:Floor is empty.")]
    [InlineData("Vocabulary:YesAnswers:0", " ", "Vocabulary:YesAnswers has a blank entry.")]
    [InlineData("Vocabulary:FeelingLabels:tooEasy", " ", "Vocabulary:FeelingLabels:tooEasy is empty.")]
    [InlineData("CardWording:PlanTitle", "", "CardWording:PlanTitle is empty.")]
    [InlineData("CardWording:ProgressSessionsShown", "0", "CardWording:ProgressSessionsShown must be at least 1.")]
    [InlineData("DoseWording:Rest", " ", "DoseWording:Rest is empty.")]
    public void A_text_or_word_left_blank_in_the_conversation_file_stops_start_up_and_is_named(string key, string value, string expected)
    {
        var error = StartUpFails(key, value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs the checks host start-up runs (every ValidateOnStart) on the app's own services and content with one
    /// setting changed. Starting a whole test host that then fails raced its own disposal now and then.
    /// </summary>
    private static OptionsValidationException StartUpFails(string setting, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddBackStrengthContent();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory", [setting] = value });
        builder.Services.AddBackStrength(builder.Configuration);
        using var services = builder.Services.BuildServiceProvider();

        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }
}
