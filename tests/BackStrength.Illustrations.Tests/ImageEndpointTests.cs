using System.Net;
using System.Net.Http.Headers;
using BackStrength.Illustrations.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace BackStrength.Illustrations.Tests;

public sealed class ImageEndpointTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client ?? throw new InvalidOperationException("The test server has not started.");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddExerciseImages(builder.Configuration);
        _app = builder.Build();
        _app.MapExerciseImages();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("plank.knees.png", "image/png")]
    [InlineData("plank.knees.gif", "image/gif")]
    public async Task An_image_is_served_with_its_type_and_a_day_of_caching(string fileName, string contentType)
    {
        using var response = await Client.GetAsync($"/images/exercises/{fileName}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
        Assert.NotNull(response.Headers.ETag);
        using var codec = SKCodec.Create(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.NotNull(codec);
    }

    [Fact]
    public async Task A_repeat_request_with_the_etag_gets_not_modified()
    {
        using var first = await Client.GetAsync("/images/exercises/bridge.standard.gif");
        using var repeat = new HttpRequestMessage(HttpMethod.Get, "/images/exercises/bridge.standard.gif");
        repeat.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await Client.SendAsync(repeat);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_picture_again()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/images/exercises/bridge.standard.png");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-picture\""));

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_png_and_gif_of_one_variation_have_different_etags()
    {
        using var png = await Client.GetAsync("/images/exercises/squat.standard.png");
        using var gif = await Client.GetAsync("/images/exercises/squat.standard.gif");

        Assert.NotEqual(png.Headers.ETag, gif.Headers.ETag);
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_without_the_picture()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/images/exercises/plank.knees.gif"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/gif", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Each_picture_is_drawn_once_and_then_served_from_memory()
    {
        var store = _app!.Services.GetRequiredService<ExerciseImageStore>();
        using var response = await Client.GetAsync("/images/exercises/hip-hinge.standard.gif");

        var first = store.Get("hip-hinge.standard", ImageFormat.Gif);
        var again = store.Get("hip-hinge.standard", ImageFormat.Gif);

        Assert.Same(first, again);
        Assert.Equal(first!.Content, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("plank.one-arm.png")]
    [InlineData("plank.knees.jpg")]
    [InlineData("plank.knees")]
    [InlineData("plank.png")]
    public async Task Unknown_pictures_are_not_found(string fileName)
    {
        using var response = await Client.GetAsync($"/images/exercises/{fileName}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
