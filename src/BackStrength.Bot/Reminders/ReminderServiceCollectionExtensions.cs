using BackStrength.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>Registers reminders: the dialog that sets them, the store, and the scheduler that sends them.</summary>
public static class ReminderServiceCollectionExtensions
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderTexts>().Bind(configuration.GetSection(ReminderTexts.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderTexts>, ReminderTextsValidator>();
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(ReminderOptions.AreUsable, ReminderOptions.UsableRanges)
            .ValidateOnStart();
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<ReminderReferences>();
        services.AddSingleton<ReminderCommands>();
        services.AddSingleton<ScheduleParser>();
        services.AddSingleton<ScheduleWording>();
        services.AddSingleton<ReminderCardView>();
        services.AddSingleton<ReminderDialog>();
        services.AddSingleton<ReminderMessages>();
        // Proactive turns go through the host's adapter, with the app id the channel knows the bot by (empty locally).
        services.AddSingleton(provider => new ReminderDelivery(
            provider.GetRequiredService<BotAdapter>(),
            configuration["MicrosoftAppId"] ?? string.Empty,
            provider.GetRequiredService<ReminderMessages>()));
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService<ReminderPollingService>();
        return services;
    }
}
