using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Tests;

internal static class TestOptions
{
    public static IOptions<DirectLineOptions> Create(Action<DirectLineOptions>? configure = null)
    {
        var options = new DirectLineOptions { SigningKey = "a-test-signing-key-of-reasonable-length" };
        configure?.Invoke(options);
        return Options.Create(options);
    }
}
