using Newtonsoft.Json;

namespace BackStrength.Benchmarks.Load;

/// <summary>
/// The scripted person of the load run, read from <c>session-script.json</c>: how they answer each question the
/// bot asks (recognised by the card action on offer), what they do on each exercise, and their pain afterwards.
/// </summary>
public sealed class SessionScript
{
    public const string FileName = "session-script.json";

    public string ChannelId { get; set; } = "webchat";

    public ScriptedInput Opening { get; set; } = new();

    public List<ScriptedQuestion> Questions { get; set; } = [];

    public ScriptedExercise Exercise { get; set; } = new();

    public ScriptedInput PainAfter { get; set; } = new();

    /// <summary>A session that has not reached its summary after this many turns has gone off the script.</summary>
    public int MaxTurns { get; set; } = 60;

    public static SessionScript Load(string path) =>
        JsonConvert.DeserializeObject<SessionScript>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"The session script '{path}' is empty.");

    /// <summary>The first scripted question whose action the reply offers, or null.</summary>
    public ScriptedQuestion? QuestionIn(BotReply reply) =>
        Questions.FirstOrDefault(question => reply.Offers(question.Asks));
}

public sealed record ScriptedQuestion(string Asks, ScriptedInput Answer);

/// <summary>Each exercise is answered with <see cref="Answer"/>; some first get a change ("easier") by their 1-based position.</summary>
public sealed class ScriptedExercise
{
    public string Asks { get; set; } = "done";

    public ScriptedInput Answer { get; set; } = new();

    public Dictionary<int, ScriptedInput> ChangeBeforeAnswer { get; set; } = [];
}
