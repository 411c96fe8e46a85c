using BackStrength.Coaching.Exercises;
using BackStrength.Illustrations.Poses;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackStrength.Illustrations.Web;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ExerciseImages"/> and what the image endpoint needs. Uses the registered
    /// <see cref="ExerciseLibrary"/>, or the shipped one when there is none.
    /// </summary>
    public static IServiceCollection AddExerciseImages(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IllustrationOptions>()
            .Bind(configuration.GetSection(IllustrationOptions.Section))
            .Validate(
                o => o.PublicBaseUrl.Length == 0
                    || (Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)),
                $"{IllustrationOptions.Section}:{nameof(IllustrationOptions.PublicBaseUrl)} must be empty or an absolute http(s) address.")
            .ValidateOnStart();
        services.TryAddSingleton(_ => ExerciseLibrary.LoadDefault());
        services.TryAddSingleton(sp => PoseLibrary.LoadDefault(sp.GetRequiredService<ExerciseLibrary>()));
        services.TryAddSingleton<ExerciseImageStore>();
        services.TryAddSingleton<ExerciseImages>();
        return services;
    }
}
