using System.Text.Json;

namespace BackStrength.Understanding.Data;

/// <summary>Reads the JSON data files compiled into this assembly.</summary>
internal static class EmbeddedData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Load<T>(string fileName)
    {
        var resourceName = $"BackStrength.Understanding.Data.{fileName}";
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The data file {fileName} is not embedded in the assembly.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidDataException($"The data file {fileName} is empty.");
    }
}
