using System.Text.RegularExpressions;
using BackStrength.Dialogs.Choices;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Reads the answers a message gives, by name, to the assessment's yes/no questions, so that several can be answered
/// at once: "floor ok, kneeling ok", "floor is fine but kneeling hurts", "no, and I can get down to the floor fine".
/// Each clause that names a question answers it with its own yes or no, or, when it has none and is joined on by
/// "and" or a comma, with the one before it ("yes I can kneel and get down on the floor"), except whether pain spreads
/// below the knee, which must be said in its own words. A clause that names no question answers the waiting one. A
/// question answered both ways is left unanswered, so its prompt asks again.
/// </summary>
public sealed partial class NamedYesNoAnswers(AnswerVocabulary vocabulary)
{
    public const string PainBelowKnee = "painBelowKnee";
    public const string Floor = "floor";
    public const string Kneeling = "kneeling";

    /// <summary>
    /// The yes/no answers by question (<see cref="PainBelowKnee"/>, <see cref="Floor"/>, <see cref="Kneeling"/>). Empty
    /// when the message names no yes/no question other than <paramref name="waiting"/>: the waiting question's own
    /// prompt reads such a message better, as a whole.
    /// </summary>
    public IReadOnlyDictionary<string, bool> Read(string? text, string waiting)
    {
        // A question ("and what about kneeling?") answers nothing, whatever yes or no words it holds.
        if (text is null || AnswerVocabulary.IsQuestion(text))
        {
            return new Dictionary<string, bool>();
        }

        var pieces = Separators().Split(text);
        var named = new Dictionary<string, bool?>(StringComparer.Ordinal);
        var unnamed = new HashSet<bool>();
        bool? before = null;
        for (var at = 0; at < pieces.Length; at += 2)
        {
            var clause = pieces[at];
            var joinedOn = at > 0 && !IsContrast(pieces[at - 1]);
            var topics = vocabulary.YesNoTopics.Keys.Where(topic => NamesTopic(clause, topic)).ToList();
            if (topics.Count == 0)
            {
                before = vocabulary.YesNoTopics.ContainsKey(waiting) ? Polarity(clause, waiting) : null;
                if (before is { } answer)
                {
                    unnamed.Add(answer);
                }

                continue;
            }

            bool? said = null;
            foreach (var topic in topics)
            {
                // Whether pain spreads is never borrowed from the clause before: "no, my leg hurts" must not be a no to it.
                said = Polarity(clause, topic) ?? (joinedOn && topic != PainBelowKnee ? before : null);
                // Said both ways in one message: no answer rather than a guess.
                named[topic] = named.TryGetValue(topic, out var earlier) && earlier != said ? null : said;
            }

            before = said;
        }

        if (!named.Any(answer => answer.Key != waiting && answer.Value is not null))
        {
            return new Dictionary<string, bool>();
        }

        var answers = named.Where(answer => answer.Value is not null).ToDictionary(answer => answer.Key, answer => answer.Value!.Value, StringComparer.Ordinal);
        if (unnamed.Count == 1 && vocabulary.YesNoTopics.ContainsKey(waiting))
        {
            var answer = unnamed.Single();
            if (answers.TryGetValue(waiting, out var own) && own != answer)
            {
                answers.Remove(waiting);
            }
            else
            {
                answers[waiting] = answer;
            }
        }
        else if (unnamed.Count > 1)
        {
            answers.Remove(waiting);
        }

        return answers;
    }

    /// <summary>The yes/no questions a message names ("why does kneeling matter?" names <see cref="Kneeling"/>).</summary>
    public IReadOnlyList<string> Named(string? text) => [.. vocabulary.YesNoTopics.Keys.Where(topic => NamesTopic(text ?? string.Empty, topic))];

    /// <summary>Named word for word: read with typos allowed, "knees" would be "kneel".</summary>
    private bool NamesTopic(string clause, string topic) => AnswerVocabulary.MentionsAny(clause, vocabulary.YesNoTopics[topic]);

    /// <summary>Yes or no as the question takes it: for the comfort questions "it hurts" is a no; for pain below the knee a yes.</summary>
    private bool? Polarity(string clause, string topic)
    {
        var (yes, no) = topic == PainBelowKnee
            ? (vocabulary.PainSpreadsAnswers, vocabulary.PainStaysAnswers)
            : (vocabulary.ComfortableAnswers, vocabulary.UncomfortableAnswers);
        var mentions = ChoiceRecognizers.FindMentions(clause, [[.. vocabulary.AgreeWords, .. yes], [.. vocabulary.DisagreeWords, .. no]]);
        var saysYes = mentions.Named.Contains(0);
        var saysNo = mentions.Named.Contains(1) || mentions.Denied.Contains(0);
        return saysYes == saysNo ? null : saysYes;
    }

    private static bool IsContrast(string separator) => ContrastWords().IsMatch(separator);

    // The clause ends every answer is split at, and the joining words that also separate two named answers.
    [GeneratedRegex(@"\s*(" + AnswerVocabulary.ClauseEndPattern + @"|\b(?:and|but|though|although|except)\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:but|though|although|except)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastWords();
}
