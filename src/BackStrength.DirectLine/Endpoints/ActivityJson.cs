using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>
/// Activities travel as the Bot Framework's own Newtonsoft JSON, so every property (channelData,
/// attachments, entities, extension data) survives the trip between Web Chat and the SDK untouched.
/// </summary>
internal static class ActivityJson
{
    // Azure caps an activity at a few hundred kilobytes; the same cap keeps one request from eating memory.
    private const long MaxActivityBytes = 256 * 1024;

    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    /// <summary>The request body as an activity, or null when it is not one.</summary>
    public static async Task<Activity?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxActivityBytes;
        }

        using var reader = new StreamReader(request.Body);
        try
        {
            var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(cancellationToken), Settings);
            return string.IsNullOrEmpty(activity?.Type) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Deep copy, so the bot's turn cannot change the activity kept in the history.</summary>
    public static Activity Clone(Activity activity) => JsonConvert.DeserializeObject<Activity>(Serialize(activity), Settings)!;

    public static IResult Ok(object value, int statusCode = StatusCodes.Status200OK)
        => Results.Text(Serialize(value), "application/json", statusCode: statusCode);

    /// <summary>Direct Line's error shape: <c>{ "error": { "code", "message" } }</c>.</summary>
    public static IResult Error(int statusCode, string code, string message)
        => Results.Json(new { error = new { code, message } }, statusCode: statusCode);
}
