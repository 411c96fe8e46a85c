using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;
using Stj = System.Text.Json.JsonSerializer;

namespace BackStrength.Coaching.Tests;

/// <summary>Assessments, plans and history live in Bot Framework user state (Newtonsoft) and may be logged as JSON.</summary>
public class SerializationTests
{
    public static TheoryData<object> Values()
    {
        var history = new SessionRecord(
            new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(1)),
            [new SessionEntry("plank", "plank.knees", Feeling.StoppedForPain, 3, 5)]);
        var assessment = People.Able with { Focus = Focus.Core };
        return new TheoryData<object>
        {
            assessment,
            People.AtDesk,
            history,
            Shipped.Planner.Plan(assessment, SafetyOutcome.Clear, [history]),
            Shipped.Screen.Evaluate(assessment with { PainNow = 9 }, []),
        };
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Round_trips_through_System_Text_Json(object value)
    {
        var json = Stj.Serialize(value, value.GetType());

        var back = Stj.Deserialize(json, value.GetType());

        Assert.Equal(json, Stj.Serialize(back, value.GetType()));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Round_trips_through_Newtonsoft(object value)
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(value);

        var back = Newtonsoft.Json.JsonConvert.DeserializeObject(json, value.GetType());

        Assert.Equal(Stj.Serialize(value, value.GetType()), Stj.Serialize(back, value.GetType()));
    }
}
