using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackStrength.Dialogs;

/// <summary>
/// Lets an <see cref="IActivity"/> property come back from storage (it is read as an <see cref="Activity"/>), and
/// writes only the fields the question sets. An activity has some fifty fields and a question sets a handful;
/// BotState serialises the whole state with default settings to see whether it changed, several times a turn,
/// so the unset fields would otherwise be written as nulls every time.
/// </summary>
internal sealed class ActivityJsonConverter : JsonConverter
{
    private static readonly JsonSerializer SetFieldsOnly = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
    });

    public override bool CanConvert(Type objectType) => typeof(IActivity).IsAssignableFrom(objectType);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        => serializer.Deserialize<Activity>(reader);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        => SetFieldsOnly.Serialize(writer, value);
}
