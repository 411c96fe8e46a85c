using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine;

/// <summary>Refuses to start with settings that would quietly make the channel unsafe or unusable.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    // HMAC-SHA256 wants a key at least as long as its output to keep its full strength.
    private const int MinimumSigningKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var problems = new List<string>();
        if (!string.IsNullOrEmpty(options.SigningKey) && options.SigningKey.Length < MinimumSigningKeyLength)
        {
            problems.Add($"DirectLine:SigningKey must be at least {MinimumSigningKeyLength} characters (or empty for a random key per start).");
        }

        RequirePositive(problems, "TokenLifetime", options.TokenLifetime);
        RequirePositive(problems, "IdleTimeout", options.IdleTimeout);
        RequirePositive(problems, "CleanupInterval", options.CleanupInterval);
        RequirePositive(problems, "KeepAliveInterval", options.KeepAliveInterval);
        if (options.MaxHistory < 1)
        {
            problems.Add("DirectLine:MaxHistory must be at least 1.");
        }

        if (options.RequestsPerMinute < 1)
        {
            problems.Add("DirectLine:RequestsPerMinute must be at least 1.");
        }

        if (!options.AzureBaseUrl.IsAbsoluteUri)
        {
            problems.Add("DirectLine:AzureBaseUrl must be an absolute URL.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void RequirePositive(List<string> problems, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"DirectLine:{setting} must be longer than zero.");
        }
    }
}
