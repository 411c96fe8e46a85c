namespace BackStrength.Bot.Hosting;

public static class ContentConfiguration
{
    /// <summary>
    /// What the bot says and understands is content, edited in these files under the content root rather than in code.
    /// </summary>
    public static IConfigurationBuilder AddBackStrengthContent(this IConfigurationBuilder configuration) =>
        configuration
            .AddJsonFile("Content/conversation.json", optional: false, reloadOnChange: false)
            .AddJsonFile("Content/sharedSpaces.json", optional: false, reloadOnChange: false);
}
