using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackStrength.Understanding.Data;

/// <summary>Reads the JSON data files compiled into this assembly.</summary>
internal static class EmbeddedData
{
    public static LanguageData LoadLanguage() => Load("language.json", DataFilesJsonContext.Default.LanguageData);

    public static IntentData LoadIntents() => Load("intents.json", DataFilesJsonContext.Default.IntentData);

    public static OtherLanguageData LoadOtherLanguages() => Load("otherLanguages.json", DataFilesJsonContext.Default.OtherLanguageData);

    private static T Load<T>(string fileName, JsonTypeInfo<T> typeInfo)
    {
        var resourceName = $"BackStrength.Understanding.Data.{fileName}";
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The data file {fileName} is not embedded in the assembly.");
        return JsonSerializer.Deserialize(stream, typeInfo)
            ?? throw new InvalidDataException($"The data file {fileName} is empty.");
    }
}

// Generated at compile time so the library also works where reflection-based JSON is switched off (trimmed or AOT hosts).
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(LanguageData))]
[JsonSerializable(typeof(IntentData))]
[JsonSerializable(typeof(OtherLanguageData))]
internal sealed partial class DataFilesJsonContext : JsonSerializerContext;
