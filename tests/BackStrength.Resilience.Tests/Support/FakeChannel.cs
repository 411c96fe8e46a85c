using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>
/// A channel's connector API on a local server, receiving the bot's replies and answering member look-ups. It answers with the statuses a
/// test scripts (429, 502...) before accepting, and records every attempt and every reply it accepted.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly ConcurrentQueue<ChannelAttempt> _attempts = new();
    private readonly ConcurrentQueue<JObject> _delivered = new();
    private LocalServer? _server;

    /// <summary>The serviceUrl activities must carry for replies to come here.</summary>
    public string ServiceUrl => (_server ?? throw new InvalidOperationException("Call StartAsync first.")).Address.ToString();

    public IReadOnlyList<ChannelAttempt> Attempts => [.. _attempts];

    public IReadOnlyList<JObject> Delivered => [.. _delivered];

    /// <summary>When set, every attempt fails with this status, whatever the script says.</summary>
    public int? AlwaysFailWith { get; set; }

    /// <summary>The next attempts get these answers, in order; after that, attempts succeed.</summary>
    public void Script(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public async Task StartAsync()
    {
        _server = await LocalServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", ReceiveAsync);
            app.MapPost("/v3/conversations/{conversationId}/activities", ReceiveAsync);

            // Teams' handler looks up who joined a team before telling the bot.
            app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
                Results.Json(new { id = memberId, name = "Sam Taylor" }));
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync());
        var answer = AlwaysFailWith is { } status ? new ScriptedAnswer(status)
            : _script.TryDequeue(out var scripted) ? scripted
            : new ScriptedAnswer(StatusCodes.Status200OK);
        _attempts.Enqueue(new ChannelAttempt(DateTimeOffset.UtcNow, answer.Status));
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (answer.Status == StatusCodes.Status200OK)
        {
            _delivered.Enqueue(activity);
            await context.Response.WriteAsync(JsonConvert.SerializeObject(new { id = $"reply-{Guid.NewGuid():N}" }));
        }
    }
}

public sealed record ScriptedAnswer(int Status, int? RetryAfterSeconds = null);

public sealed record ChannelAttempt(DateTimeOffset At, int Status);
