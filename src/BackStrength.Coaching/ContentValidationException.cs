namespace BackStrength.Coaching;

/// <summary>
/// A content file is wrong. The message names the entry (e.g. "variation 'plank.knees'") and the field so a
/// physical therapist editing the JSON can find and fix it.
/// </summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(string entry, string field, string problem, Exception? inner = null)
        : base($"{entry}, field '{field}': {problem}", inner)
    {
        Entry = entry;
        Field = field;
    }

    public string Entry { get; }

    public string Field { get; }
}
