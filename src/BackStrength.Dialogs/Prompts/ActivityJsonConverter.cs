using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Dialogs;

/// <summary>Lets an <see cref="IActivity"/> property come back from storage: it is read as an <see cref="Activity"/>.</summary>
internal sealed class ActivityJsonConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => typeof(IActivity).IsAssignableFrom(objectType);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var token = JToken.Load(reader);
        return token.Type == JTokenType.Null ? null : token.ToObject<Activity>(serializer);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        => serializer.Serialize(writer, value);
}
