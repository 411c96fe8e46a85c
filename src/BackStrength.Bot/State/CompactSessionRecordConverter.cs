using System.Globalization;
using BackStrength.Coaching.Progress;
using Newtonsoft.Json;

namespace BackStrength.Bot.State;

/// <summary>
/// Stores a past session as <c>[date, [[variationId, feeling, painBefore, painAfter], ...]]</c> instead of named
/// fields: a person's state keeps twelve sessions and is read and hashed on many turns, and with named fields a
/// regular user of 20-minute sessions passed 14 KB. The exercise id is the variation id's prefix (the content
/// validator enforces it) and is written only when it is not. Sessions stored with named fields still read.
/// </summary>
public sealed class CompactSessionRecordConverter : CompactArrayConverter<SessionRecord>
{
    protected override void WriteFields(JsonWriter writer, SessionRecord value)
    {
        writer.WriteValue(value.Date);
        writer.WriteStartArray();
        foreach (var entry in value.Entries)
        {
            writer.WriteStartArray();
            if (StoredVariationIds.NeedsExerciseId(entry.ExerciseId, entry.VariationId))
            {
                writer.WriteValue(entry.ExerciseId);
            }

            writer.WriteValue(entry.VariationId);
            writer.WriteValue((int)entry.Feeling);
            writer.WriteValue(entry.PainBefore);
            writer.WriteValue(entry.PainAfter);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    // Read token by token rather than through a JToken, which would turn the date into a DateTime and drop its offset.
    protected override SessionRecord ReadFields(JsonReader reader)
    {
        var date = reader.ReadAsDateTimeOffset() ?? throw Malformed(reader);
        Expect(reader, JsonToken.StartArray);
        var entries = new List<SessionEntry>();
        while (reader.Read() && reader.TokenType == JsonToken.StartArray)
        {
            var first = reader.ReadAsString() ?? throw Malformed(reader);
            Expect(reader, JsonToken.String, JsonToken.Integer);
            var (exerciseId, variationId) = reader.TokenType == JsonToken.String
                ? (first, (string)reader.Value!)
                : (StoredVariationIds.ExerciseIdOf(first), first);
            var feeling = reader.TokenType == JsonToken.Integer ? Convert.ToInt32(reader.Value, CultureInfo.InvariantCulture) : reader.ReadAsInt32() ?? throw Malformed(reader);
            var painBefore = reader.ReadAsInt32() ?? throw Malformed(reader);
            // Null: the session ended before pain after it was asked.
            var painAfter = reader.ReadAsInt32();
            if (painAfter is null && reader.TokenType != JsonToken.Null)
            {
                throw Malformed(reader);
            }

            Expect(reader, JsonToken.EndArray);
            entries.Add(new SessionEntry(exerciseId, variationId, (Feeling)feeling, painBefore, painAfter));
        }

        if (reader.TokenType != JsonToken.EndArray)
        {
            throw Malformed(reader);
        }

        Expect(reader, JsonToken.EndArray);
        return new SessionRecord(date, entries);
    }
}
