using Microsoft.Bot.Builder;

namespace BackStrength.Storage.Tests.Contract;

/// <summary>A stored item that takes part in optimistic concurrency, like the bot's own IStoreItem state.</summary>
public sealed class ExerciseLog : IStoreItem
{
    public string? ETag { get; set; }

    public string Exercise { get; set; } = string.Empty;

    public int Repetitions { get; set; }
}

/// <summary>Conversation-scoped state saved through a BotState property accessor.</summary>
public sealed class SessionProgress
{
    public string CurrentExercise { get; set; } = string.Empty;

    public int SetsCompleted { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public List<string> CompletedExercises { get; set; } = [];
}

/// <summary>User-scoped state saved through a BotState property accessor.</summary>
public sealed class UserPreferences
{
    public string PreferredTime { get; set; } = string.Empty;

    public TimeSpan SessionLength { get; set; }

    public Dictionary<string, int> PainRatingsByDay { get; set; } = [];
}
