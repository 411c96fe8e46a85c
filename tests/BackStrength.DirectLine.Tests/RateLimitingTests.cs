using System.Net;

namespace BackStrength.DirectLine.Tests;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task A_client_over_its_budget_is_told_to_slow_down()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["DirectLine:RequestsPerMinute"] = "3" });
        using var http = host.CreateHttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 4; request++)
        {
            using var response = await http.PostAsync("/v3/directline/tokens/generate", content: null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
