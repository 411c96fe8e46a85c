using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace BackStrength.Illustrations.Web;

public static class EndpointRouteBuilderExtensions
{
    // Pictures change only with a new release; a day's caching spares Teams and browsers from fetching them every card.
    private const string CacheControl = "public, max-age=86400, immutable";

    /// <summary>
    /// Serves GET (and HEAD, which some link checkers send) /images/exercises/{variationId}.png and .gif, with an
    /// ETag so repeat requests get a 304.
    /// </summary>
    public static IEndpointConventionBuilder MapExerciseImages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods($"{ExerciseImages.RoutePrefix}/{{fileName}}", [HttpMethods.Get, HttpMethods.Head], Serve);

    private static IResult Serve(string fileName, HttpContext context, ExerciseImageStore store)
    {
        var format = ImageFormatExtensions.FromFileName(fileName);
        var image = format is null ? null : store.Get(Path.GetFileNameWithoutExtension(fileName), format.Value);
        if (image is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers[HeaderNames.CacheControl] = CacheControl;

        // With an entity tag, the result answers a matching If-None-Match with 304 Not Modified itself.
        return Results.Bytes(image.Content, image.ContentType, entityTag: image.ETag);
    }
}
