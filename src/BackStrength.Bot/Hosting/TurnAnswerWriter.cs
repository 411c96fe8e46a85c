using System.Reflection;
using System.Text;
using BackStrength.Cards;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// Writes what a turn answers on its HTTP response (the replies of an expectReplies request, or an invoke
/// response) as the SDK's CloudAdapter does, with its serializer settings, except for attachment content: the
/// SDK's converter for it searches every card for MemoryStreams by reflecting over each JSON token's properties,
/// which cost 7% of a turn's CPU in the load benchmark. A card we rendered is already JSON and is written as it
/// is; any other content still goes through the SDK's converter.
/// </summary>
public static class TurnAnswerWriter
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings(HttpHelper.BotMessageSerializerSettings)
    {
        ContractResolver = new CardsAsWritten(),
    });

    private const int MemoryBufferBytes = 1024 * 1024;

    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(HttpResponse response, InvokeResponse? answer, CancellationToken cancellationToken)
    {
        response.StatusCode = answer?.Status ?? StatusCodes.Status200OK;
        if (answer?.Body is null)
        {
            return;
        }

        response.ContentType = "application/json";
        // Json.NET writes synchronously, which Kestrel forbids on the response itself: buffer, then copy, as ASP.NET
        // Core's own Newtonsoft formatter does. The bot's answers (a few cards) stay well within the memory part.
        await using var buffer = new FileBufferingWriteStream(MemoryBufferBytes);
        await using (var text = new StreamWriter(buffer, Utf8WithoutMark, leaveOpen: true))
        {
            Serializer.Serialize(text, answer.Body);
        }

        await buffer.DrainBufferAsync(response.Body, cancellationToken);
    }

    private sealed class CardsAsWritten : ReadOnlyJsonContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.DeclaringType == typeof(Attachment) && member.Name == nameof(Attachment.Content) && property.Converter is { } sdkConverter)
            {
                property.Converter = new JsonAsWritten(sdkConverter);
            }

            return property;
        }
    }

    private sealed class JsonAsWritten(JsonConverter otherwise) : JsonConverter
    {
        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => true;

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is JToken json)
            {
                json.WriteTo(writer);
            }
            else if (value is RenderedCard card)
            {
                writer.WriteRawValue(card.Json);
            }
            else
            {
                otherwise.WriteJson(writer, value, serializer);
            }
        }

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Only used to write answers.");
    }
}
