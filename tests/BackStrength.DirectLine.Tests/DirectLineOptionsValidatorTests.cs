namespace BackStrength.DirectLine.Tests;

public sealed class DirectLineOptionsValidatorTests
{
    private static IEnumerable<string> Problems(DirectLineOptions options)
        => new DirectLineOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(Problems(new DirectLineOptions()));

    [Fact]
    public void A_short_signing_key_is_refused_because_it_would_make_tokens_guessable()
        => Assert.Contains(Problems(new DirectLineOptions { SigningKey = "secret" }), problem => problem.Contains("SigningKey"));

    [Fact]
    public void Settings_that_would_break_the_channel_are_each_named()
    {
        var problems = Problems(new DirectLineOptions
        {
            TokenLifetime = TimeSpan.Zero,
            IdleTimeout = TimeSpan.FromMinutes(-1),
            MaxHistory = 0,
            RequestsPerMinute = 0,
        });

        Assert.Equal(4, problems.Count());
        Assert.All(new[] { "TokenLifetime", "IdleTimeout", "MaxHistory", "RequestsPerMinute" },
            setting => Assert.Contains(problems, problem => problem.Contains(setting)));
    }
}
