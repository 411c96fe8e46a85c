using BackStrength.Bot.Bots;
using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Bot.Dialogs;
using BackStrength.Bot.Hosting.Connector;
using BackStrength.Bot.Reminders;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Illustrations.Web;
using BackStrength.Coaching;
using BackStrength.DirectLine;
using BackStrength.Storage;
using BackStrength.Storage.Configuration;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using BackStrength.Bot.Turns;

namespace BackStrength.Bot.Hosting;

/// <summary>Registers everything the bot host needs, layer by layer.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddBackStrength(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddChannels(configuration);
        services.AddBotStorage(configuration);
        services.DecorateStorage(inner => new FaultLabellingStorage(inner));
        services.AddSingleton<ConversationState, ChangeCheckedConversationState>();
        services.AddSingleton<UserState, ChangeCheckedUserState>();
        services.AddCoaching();
        services.AddExerciseImages(configuration);
        services.PostConfigure<IllustrationOptions>(options => options.PublicBaseUrl = PublicBaseUrl(options.PublicBaseUrl, configuration));
        services.AddCards(configuration);
        services.AddConversation(configuration);
        services.AddReminders(configuration);
        services.AddOptions<SharedSpaceTexts>()
            .Bind(configuration.GetSection(SharedSpaceTexts.Section))
            .Validate(SharedSpaceTexts.HaveLinks, $"Every text of {SharedSpaceTexts.Section} needs {{0}}, where the link to a personal chat goes.")
            .ValidateOnStart();
        services.AddSingleton<SharedSpaces>();
        services.AddContentTexts<CannotReadTexts>(configuration, CannotReadTexts.Section);
        services.AddSingleton<WaitingQuestion>();
        services.AddSingleton<UnreadableAnswers>();
        services.AddTransient<IBot, BackStrengthBot>();
        return services;
    }

    /// <summary>The Bot Framework adapter with its authentication, and the local Direct Line channel for web chat.</summary>
    private static void AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient(Options.DefaultName).AddHttpMessageHandler<ChannelRetryHandler>();
        services.AddTransient<ChannelRetryHandler>();
        services.AddOptions<ChannelRetryOptions>()
            .Bind(configuration.GetSection(ChannelRetryOptions.Section))
            .Validate(options => options.MaxAttempts >= 1, "ChannelRetry:MaxAttempts must be at least 1 (1 sends once, without retries).")
            .Validate(options => options.BaseDelay >= TimeSpan.Zero, "ChannelRetry:BaseDelay must not be negative.")
            .Validate(options => options.MaxTotalDelay >= TimeSpan.Zero, "ChannelRetry:MaxTotalDelay must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        services.AddOptions<ReusedChannelClientsOptions>()
            .Bind(configuration.GetSection(ReusedChannelClientsOptions.Section))
            .Validate(options => options.KeepFor >= TimeSpan.Zero, "ChannelClients:KeepFor must not be negative (zero builds new clients every turn).")
            .Validate(options => options.MaxKept >= 0, "ChannelClients:MaxKept must not be negative.")
            .ValidateOnStart();
        services.AddSingleton(typeof(ReusedChannelClients<>));
        services.AddSingleton<BotFrameworkAuthentication, ClientReusingAuthentication>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        // OpenTelemetry collects the bot's meter; an OTLP collector receives it when the standard
        // OTEL_EXPORTER_OTLP_ENDPOINT setting names one (Azure Monitor, Prometheus via a collector, ...).
        var metrics = services.AddOpenTelemetry().WithMetrics(builder => builder.AddMeter(BotMetrics.MeterName));
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            metrics.WithMetrics(builder => builder.AddOtlpExporter());
        }

        services.AddSingleton<TurnTelemetry>();
        services.AddSingleton<UndeliverableReplyGuard>();
        services.AddSingleton<TurnGate>();
        services.AddSingleton<ITurnClaims>(TurnClaimsFor);
        services.AddOptions<TurnGateOptions>()
            .Bind(configuration.GetSection(TurnGateOptions.Section))
            .Validate(options => options.HoldFor > TimeSpan.Zero, "TurnGate:HoldFor must be longer than zero.")
            .Validate(options => options.MaxWait >= TimeSpan.Zero, "TurnGate:MaxWait must not be negative.")
            .Validate(options => options.ForgetIdleAfter > TimeSpan.Zero, "TurnGate:ForgetIdleAfter must be longer than zero.")
            .Validate(options => options.PollInterval > TimeSpan.Zero, "TurnGate:PollInterval must be longer than zero.")
            .Validate(options => options.HandledActivityIdsKept >= 1, "TurnGate:HandledActivityIdsKept must be at least 1, or redeliveries are answered twice.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.BusyMessage), "TurnGate:BusyMessage is empty: set it in Content/conversation.json.")
            .ValidateOnStart();
        services.AddSingleton<BotAdapter>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddOptions<MessagesEndpointOptions>()
            .Bind(configuration.GetSection(MessagesEndpointOptions.Section))
            .Validate(options => options.MaxActivityBytes >= 1, "Messages:MaxActivityBytes must be at least 1.")
            .Validate(options => options.MaxMessageCharacters >= 1, "Messages:MaxMessageCharacters must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<SecurityHeaders>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<BotAdapter>());
        services.AddDirectLine(configuration);
        services.AddSingleton<IBotEndpoint, LocalDirectLineBridge>();
    }

    // Memory state lives in this process, so no other instance can take its conversations' turns; every
    // other store may be shared by several instances, and the claims must live in it: as the store's own holds
    // where it has them (SQLite), else as records beside the state.
    private static ITurnClaims TurnClaimsFor(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StorageOptions>>().Value.SelectedProvider == StorageProvider.Memory
            ? ActivatorUtilities.CreateInstance<InProcessTurnClaims>(provider)
            : ActivatorUtilities.CreateInstance<StoredTurnClaims>(
                provider,
                provider.GetRequiredService<ConfiguredStorage>().Holds ?? new RecordHolds(provider.GetRequiredService<IStorage>()));

    /// <summary>
    /// Card images need an absolute address: Teams fetches them itself and cannot resolve a relative one. Unless one
    /// is configured, on Azure App Service (which names the site's host in WEBSITE_HOSTNAME) it is the site's own.
    /// </summary>
    private static string PublicBaseUrl(string configured, IConfiguration configuration) =>
        configured.Length == 0 && configuration["WEBSITE_HOSTNAME"] is { Length: > 0 } appServiceHost ? $"https://{appServiceHost}" : configured;

    /// <summary>Wraps the registered store, whichever provider configuration chose.</summary>
    private static void DecorateStorage(this IServiceCollection services, Func<IStorage, IStorage> decorate)
    {
        var registered = services.Last(descriptor => descriptor.ServiceType == typeof(IStorage));
        services.Remove(registered);
        services.AddSingleton(provider => decorate(registered switch
        {
            { ImplementationInstance: IStorage instance } => instance,
            { ImplementationFactory: { } factory } => (IStorage)factory(provider),
            _ => (IStorage)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
        }));
    }

    /// <summary>The coaching domain: content loaded and validated once, at start-up.</summary>
    private static void AddCoaching(this IServiceCollection services)
    {
        var coaching = CoachingServices.CreateDefault();
        services.AddSingleton(coaching.Library);
        services.AddSingleton(coaching.Safety);
        services.AddSingleton(coaching.PlanningText);
        services.AddSingleton(coaching.Screen);
        services.AddSingleton(coaching.Progression);
        services.AddSingleton(coaching.Planner);
        services.AddSingleton(coaching.Navigator);
        services.AddSingleton(new IntentRecognizer(coaching.Library.Exercises.Select(exercise =>
            new ExerciseName(exercise.Id, exercise.Name, exercise.Aliases))));
    }

    private static void AddCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new CardCatalog(configuration.GetSection("Cards").Get<CardCatalogOptions>() ?? new CardCatalogOptions()));
        services.AddSingleton<CardReplies>();
        services.AddSingleton<CardViews>();
        services.AddSingleton<DoseText>();
        services.AddContentTexts<CardWording>(configuration, CardWording.Section)
            .Validate(wording => wording.ProgressSessionsShown >= 1, $"{CardWording.Section}:{nameof(CardWording.ProgressSessionsShown)} must be at least 1.");
        services.AddContentTexts<DoseWording>(configuration, DoseWording.Section);
    }

    /// <summary>The coaching conversation: what the bot says, its dialogs and the services they share.</summary>
    private static void AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentTexts<ConversationTexts>(configuration, ConversationTexts.Section);
        services.AddContentTexts<AnswerVocabulary>(configuration, AnswerVocabulary.Section);
        services.AddSingleton<CoachingStateAccessors>();
        services.AddSingleton<InputReader>();
        services.AddSingleton<MinutesQuestion>();
        services.AddSingleton<TypedFeelings>();
        services.AddSingleton<DoneWithQuestion>();
        services.AddSingleton<TodaysPlan>();
        services.AddSingleton<ExerciseChanges>();
        services.AddSingleton<PlanItemChanges>();
        services.AddSingleton<PositionQuestions>();
        services.AddSingleton<SessionWrapUp>();
        services.AddSingleton<FinishedPlan>();
        services.AddSingleton<PrivacyEraser>();
        services.AddSingleton<PrivacyAnswer>();
        services.AddSingleton<ExerciseQuestions>();
        services.AddSingleton<DisclaimerDialog>();
        services.AddSingleton<SafetyCheckDialog>();
        services.AddSingleton<AssessmentDialog>();
        services.AddSingleton<PlanReviewDialog>();
        services.AddSingleton<SessionDialog>();
        services.AddSingleton<ForgetMeDialog>();
        services.AddSingleton<MainDialog>();
        services.AddSingleton<ICoachingConversation, CoachingConversation>();
    }

    /// <summary>A section of Content/conversation.json, checked for missing texts and words when the bot starts.</summary>
    private static OptionsBuilder<TOptions> AddContentTexts<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new ContentTextsValidator<TOptions>(section));
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }
}
