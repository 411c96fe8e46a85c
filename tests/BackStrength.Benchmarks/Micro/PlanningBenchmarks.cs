using BackStrength.Coaching;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;
using BenchmarkDotNet.Attributes;

namespace BackStrength.Benchmarks.Micro;

/// <summary>Planning today's session, for a first-timer and for someone with a history of sessions to progress from.</summary>
public class PlanningBenchmarks
{
    private const int SessionsOfHistory = 10;

    private SessionPlanner _planner = null!;
    private Assessment _assessment = null!;
    private List<SessionRecord> _history = null!;

    [GlobalSetup]
    public void LoadContent()
    {
        _planner = CoachingServices.CreateDefault().Planner;
        _assessment = new Assessment(3, Experience.Some, CanGetToFloor: true, KneelingComfortable: true,
            Equipment.ResistanceBand | Equipment.DoorAnchor, MinutesAvailable: 10, Focus: null, PainSpreadsBelowKnee: false);
        _history = [];
        for (var day = 0; day < SessionsOfHistory; day++)
        {
            var plan = _planner.Plan(_assessment, SafetyOutcome.Clear, _history);
            _history.Add(new SessionRecord(DateTimeOffset.UnixEpoch.AddDays(day),
                [.. plan.Items.Select(item => new SessionEntry(item.ExerciseId, item.VariationId, Feeling.TooEasy, 3, 3))]));
        }
    }

    [Benchmark]
    public SessionPlan FirstSession() => _planner.Plan(_assessment, SafetyOutcome.Clear, []);

    [Benchmark]
    public SessionPlan AfterTenSessions() => _planner.Plan(_assessment, SafetyOutcome.Clear, _history);
}
