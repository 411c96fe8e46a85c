using System.Reflection;
using System.Text.Json;

namespace BackStrength.Coaching;

/// <summary>Reads the JSON content files that ship embedded in this assembly.</summary>
internal static class ContentFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Friendly to hand editing: comments and trailing commas are fine, misspelt field names are not.
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static Stream OpenEmbedded(string fileName)
    {
        var name = $"BackStrength.Coaching.Content.{fileName}";
        return Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The content file {fileName} is not embedded in the assembly.");
    }

    /// <summary>Deserialises a whole file, turning syntax errors into a <see cref="ContentValidationException"/>.</summary>
    public static T Read<T>(Stream json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new ContentValidationException(fileName, "(file)", "the file is empty.");
        }
        catch (JsonException e)
        {
            throw new ContentValidationException(fileName, e.Path ?? "(file)", e.Message, e);
        }
    }

    /// <summary>Parses a kebab-case value such as "hands-and-knees" into the matching enum member.</summary>
    public static TEnum ParseKebab<TEnum>(string? value, string entry, string field)
        where TEnum : struct, Enum
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (JsonNamingPolicy.KebabCaseLower.ConvertName(member.ToString()) == value)
            {
                return member;
            }
        }

        var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName));
        throw new ContentValidationException(entry, field, $"'{value}' is not one of: {allowed}.");
    }

    public static string RequireText(string? value, string entry, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ContentValidationException(entry, field, "is missing or empty.")
            : value.Trim();

    public static IReadOnlyList<string> RequireTexts(IReadOnlyList<string?>? values, string entry, string field)
    {
        if (values is null || values.Count == 0)
        {
            throw new ContentValidationException(entry, field, "needs at least one entry.");
        }

        return [.. values.Select((v, i) => RequireText(v, entry, $"{field}[{i}]"))];
    }
}
