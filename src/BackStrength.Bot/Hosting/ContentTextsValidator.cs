using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// Checks a section of Content/conversation.json at start-up: every text is written, and every list of words and
/// every table has entries, none blank. A text left out would otherwise be sent as an empty message, and a blank
/// word would match anything.
/// </summary>
public sealed class ContentTextsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = Problems(options, section);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => $"{problem} Set it in Content/conversation.json."));
    }

    /// <summary>What is missing in <paramref name="options"/>, each naming its configuration key under <paramref name="path"/>.</summary>
    public static List<string> Problems(object options, string path)
    {
        var problems = new List<string>();
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite))
        {
            var key = $"{path}:{property.Name}";
            switch (property.GetValue(options))
            {
                case string text when string.IsNullOrWhiteSpace(text):
                    problems.Add($"{key} is empty.");
                    break;
                case string:
                    break;
                case IDictionary table:
                    problems.AddRange(TableProblems(table, key));
                    break;
                case IList<string> words:
                    problems.AddRange(WordProblems(words, key));
                    break;
                case { } nested when property.PropertyType.IsClass:
                    problems.AddRange(Problems(nested, key));
                    break;
            }
        }

        return problems;
    }

    private static IEnumerable<string> TableProblems(IDictionary table, string key)
    {
        if (table.Count == 0)
        {
            return [$"{key} has no entries."];
        }

        return table.Keys.Cast<object>().SelectMany(entry => table[entry] switch
        {
            string text when string.IsNullOrWhiteSpace(text) => [$"{key}:{entry} is empty."],
            IList<string> words => WordProblems(words, $"{key}:{entry}"),
            _ => [],
        });
    }

    private static IEnumerable<string> WordProblems(IList<string> words, string key) =>
        words.Count == 0 ? [$"{key} lists nothing."]
        : words.Any(string.IsNullOrWhiteSpace) ? [$"{key} has a blank entry."]
        : [];
}
