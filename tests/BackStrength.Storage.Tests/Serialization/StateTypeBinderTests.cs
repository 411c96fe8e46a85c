using BackStrength.Storage.Serialization;
using BackStrength.Storage.Tests.Contract;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Storage.Tests.Serialization;

/// <summary>Stored documents may only make the bot create its own, the Bot Framework's and plain types.</summary>
public sealed class StateTypeBinderTests
{
    [Theory]
    [InlineData("System.IO.FileInfo, System.Private.CoreLib")]
    [InlineData("System.Diagnostics.Process, System.Diagnostics.Process")]
    [InlineData("System.Collections.Generic.List`1[[System.IO.DirectoryInfo, System.Private.CoreLib]], System.Private.CoreLib")]
    // Refused by name, before any attempt to load the (here non-existent) assembly of a generic argument.
    [InlineData("System.Collections.Generic.List`1[[Gadget.Type, Not.An.Allowed.Assembly]], System.Private.CoreLib")]
    public void A_document_naming_a_type_state_never_holds_is_refused(string typeName)
    {
        var json = $$"""{ "$type": "state", "Evil": { "$type": "{{typeName}}" } }""";

        var refused = Assert.Throws<JsonSerializationException>(() => StateSerializer.Deserialize(json, currentETag: null));

        // Json.NET wraps the binder's refusal in its own "Error resolving type" exception.
        Assert.Contains("may not contain", refused.InnerException?.Message ?? refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void State_is_written_with_the_short_name_and_read_back_as_the_same_types()
    {
        var state = new Dictionary<string, object> { ["log"] = new ExerciseLog { Exercise = "bridge", Repetitions = 12 } };

        var json = StateSerializer.Serialize(state);
        var read = Assert.IsType<Dictionary<string, object>>(StateSerializer.Deserialize(json, currentETag: null));

        Assert.DoesNotContain("System.Collections.Generic.Dictionary", json, StringComparison.Ordinal);
        Assert.Equal(12, Assert.IsType<ExerciseLog>(read["log"]).Repetitions);
    }

    [Fact]
    public void A_document_stored_before_the_short_name_still_reads()
    {
        var logType = typeof(ExerciseLog);
        var json = $$"""
            {
              "$type": "System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib",
              "log": { "$type": "{{logType.FullName}}, {{logType.Assembly.GetName().Name}}", "Exercise": "plank", "Repetitions": 3 }
            }
            """;

        var read = Assert.IsType<Dictionary<string, object>>(StateSerializer.Deserialize(json, currentETag: null));

        Assert.Equal("plank", Assert.IsType<ExerciseLog>(read["log"]).Exercise);
    }

    [Fact]
    public void Type_names_are_stored_as_json_net_writes_them_so_earlier_documents_and_later_ones_agree()
    {
        var state = new Dictionary<string, object>
        {
            ["log"] = new ExerciseLog { Exercise = "bridge", Repetitions = 12 },
            ["logs"] = new List<ExerciseLog> { new() { Exercise = "plank", Repetitions = 3 } },
            ["byDay"] = new Dictionary<string, List<ExerciseLog>> { ["monday"] = [new() { Exercise = "squat", Repetitions = 8 }] },
            ["array"] = new[] { new ExerciseLog { Exercise = "row", Repetitions = 10 } },
        };
        var jsonNetDefault = JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto });
        using var expected = new StringWriter();
        jsonNetDefault.Serialize(expected, state, typeof(object));

        var stored = TypeNames(StateSerializer.Serialize(state));

        Assert.Equal(TypeNames(expected.ToString()).Skip(1), stored.Skip(1));
        Assert.Equal(4, stored.Skip(1).Count());
    }

    private static IEnumerable<string> TypeNames(string json) =>
        JToken.Parse(json).SelectTokens("$..['$type']").Select(name => name.Value<string>()!).ToList();
}
