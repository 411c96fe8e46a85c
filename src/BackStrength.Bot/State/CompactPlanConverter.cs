using System.Globalization;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using Newtonsoft.Json;

namespace BackStrength.Bot.State;

/// <summary>
/// Stores today's plan as <c>[minutes, equipment, gentle, [variationId, reps, hold, sets, rest, perSide, why, minutes], ...]</c>
/// instead of named fields. The plan was over half of a conversation's state, which is read, hashed twice by
/// BotState and written on every message. As for past sessions, the exercise id is written only when it is not the
/// variation id's prefix. Plans stored with named fields still read.
/// </summary>
public sealed class CompactPlanConverter : CompactArrayConverter<SessionPlan>
{
    protected override void WriteFields(JsonWriter writer, SessionPlan value)
    {
        writer.WriteValue(value.TotalMinutes);
        writer.WriteValue((int)value.EquipmentNeeded);
        writer.WriteValue(value.IsGentle);
        foreach (var item in value.Items)
        {
            writer.WriteStartArray();
            if (StoredVariationIds.NeedsExerciseId(item.ExerciseId, item.VariationId))
            {
                writer.WriteValue(item.ExerciseId);
            }

            writer.WriteValue(item.VariationId);
            writer.WriteValue(item.Dose.Reps);
            writer.WriteValue(item.Dose.HoldSeconds);
            writer.WriteValue(item.Dose.Sets);
            writer.WriteValue(item.Dose.RestSeconds);
            writer.WriteValue(item.Dose.PerSide);
            writer.WriteValue((int)item.Why);
            writer.WriteValue(item.EstimatedMinutes);
            writer.WriteEndArray();
        }
    }

    protected override SessionPlan ReadFields(JsonReader reader)
    {
        var totalMinutes = Required(reader, reader.ReadAsDouble());
        var equipment = (Equipment)Required(reader, reader.ReadAsInt32());
        var gentle = Required(reader, reader.ReadAsBoolean());
        // A List, which Newtonsoft and the rest of the bot read back as the plan's items.
        var items = new List<PlannedExercise>();
        while (reader.Read() && reader.TokenType == JsonToken.StartArray)
        {
            items.Add(ReadItem(reader));
        }

        if (reader.TokenType != JsonToken.EndArray)
        {
            throw Malformed(reader);
        }

        return new SessionPlan(items, totalMinutes, equipment, gentle);
    }

    private static PlannedExercise ReadItem(JsonReader reader)
    {
        var first = reader.ReadAsString() ?? throw Malformed(reader);
        Expect(reader, JsonToken.String, JsonToken.Integer, JsonToken.Null);
        var (exerciseId, variationId, reps) = reader.TokenType == JsonToken.String
            ? (first, (string)reader.Value!, reader.ReadAsInt32())
            : (StoredVariationIds.ExerciseIdOf(first), first, reader.Value is null ? (int?)null : Convert.ToInt32(reader.Value, CultureInfo.InvariantCulture));
        var hold = reader.ReadAsInt32();
        var dose = new Dose(reps, hold, Required(reader, reader.ReadAsInt32()), Required(reader, reader.ReadAsInt32()),
            Required(reader, reader.ReadAsBoolean()));
        var why = (ChoiceReason)Required(reader, reader.ReadAsInt32());
        var minutes = Required(reader, reader.ReadAsDouble());
        Expect(reader, JsonToken.EndArray);
        return new PlannedExercise(exerciseId, variationId, dose, why, minutes);
    }
}
