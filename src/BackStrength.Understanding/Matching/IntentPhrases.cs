using System.Globalization;
using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>A phrase that signals an intent, with the weight a match carries (0 to 1).</summary>
internal sealed record IntentPhrase(Intent Intent, double Weight, PhrasePattern Pattern);

/// <summary>The intent phrases and lookup cues from intents.json, parsed once.</summary>
internal sealed class IntentPhrases
{
    public IntentPhrases(IntentData data, Tokenizer tokenizer)
    {
        Phrases = [.. data.Intents.SelectMany(intent => ParseIntent(intent.Key, intent.Value, tokenizer))];
        LookupCues = [.. data.LookupCues.Select(cue => PhrasePattern.Parse(cue, tokenizer))];
    }

    public IReadOnlyList<IntentPhrase> Phrases { get; }

    public IReadOnlyList<PhrasePattern> LookupCues { get; }

    public IEnumerable<string> Words =>
        Phrases.SelectMany(phrase => phrase.Pattern.Words).Concat(LookupCues.SelectMany(cue => cue.Words));

    private static IEnumerable<IntentPhrase> ParseIntent(
        string intentName, Dictionary<string, string[]> phrasesByWeight, Tokenizer tokenizer)
    {
        if (!Enum.TryParse<Intent>(intentName, out var intent))
        {
            throw new InvalidDataException($"intents.json names an unknown intent \"{intentName}\".");
        }
        foreach (var (weightText, phrases) in phrasesByWeight)
        {
            var weight = double.Parse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (weight is <= 0 or > 1)
            {
                throw new InvalidDataException($"intents.json gives {intentName} a weight {weightText} outside (0, 1].");
            }
            foreach (var phrase in phrases)
            {
                yield return new IntentPhrase(intent, weight, PhrasePattern.Parse(phrase, tokenizer));
            }
        }
    }
}
