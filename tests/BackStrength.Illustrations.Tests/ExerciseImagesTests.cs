using BackStrength.Illustrations.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Illustrations.Tests;

public class ExerciseImagesTests
{
    [Theory]
    [InlineData("", "/images/exercises/plank.knees.gif")]
    [InlineData("https://coach.example.org", "https://coach.example.org/images/exercises/plank.knees.gif")]
    [InlineData("https://coach.example.org/", "https://coach.example.org/images/exercises/plank.knees.gif")]
    [InlineData("https://coach.example.org/bot", "https://coach.example.org/bot/images/exercises/plank.knees.gif")]
    public void The_url_points_at_the_animation_under_the_public_address(string publicBaseUrl, string expected)
    {
        using var provider = Services(publicBaseUrl);
        var images = provider.GetRequiredService<ExerciseImages>();

        var image = images.Find(Shipped.Exercises.GetVariation("plank.knees"));

        Assert.Equal(expected, image?.Url);
    }

    [Fact]
    public void Every_variation_has_an_image_described_in_words()
    {
        using var provider = Services("");
        var images = provider.GetRequiredService<ExerciseImages>();

        foreach (var variation in Shipped.Variations)
        {
            var image = images.Find(variation);
            Assert.NotNull(image);
            Assert.Equal(Shipped.Pose(variation.Id).AltText, image.AltText);
        }
    }

    [Fact]
    public void A_variation_without_a_pose_has_no_image()
    {
        var invented = Shipped.Exercises.GetVariation("plank.knees") with { Id = "plank.one-arm" };

        using var provider = Services("");

        Assert.Null(provider.GetRequiredService<ExerciseImages>().Find(invented));
    }

    [Theory]
    [InlineData("coach.example.org")]
    [InlineData("ftp://coach.example.org")]
    public void A_public_address_that_is_not_an_absolute_web_address_stops_start_up(string publicBaseUrl)
    {
        using var provider = Services(publicBaseUrl);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IllustrationOptions>>().Value);

        Assert.Contains("PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string publicBaseUrl)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Illustrations:PublicBaseUrl"] = publicBaseUrl })
            .Build();
        return new ServiceCollection().AddExerciseImages(configuration).BuildServiceProvider();
    }
}
