using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// A message clearly in another language written in the Latin alphabet ("hola, me duele la espalda", "bonjour") gets
/// the same kind answer as one in another alphabet: the bot can only read English for now, and the question waiting is
/// asked again. English with typos, names, and short answers that English speakers use too ("ok", "ja", "si") are read
/// as before.
/// </summary>
/// <remarks>
/// <see cref="OtherLanguage"/> and <see cref="English"/> were written before any code was changed. Before: 0 of 16 and
/// 18 of 18 passed (every message in French, Spanish, German, Italian, Portuguese or Dutch got the English re-prompt).
/// After: 16 of 16 and 18 of 18.
/// </remarks>
public sealed class OtherLanguageTests(BotHost host) : IClassFixture<BotHost>
{
    private const string OnlyEnglish = "only read English";

    public static TheoryData<string> OtherLanguage => new()
    {
        "oui",
        "bonjour",
        "hola, me duele la espalda",
        "ja bitte",
        "je ne sais pas",
        "no tengo tiempo hoy",
        "ich habe keine Zeit",
        "ich habe Rückenschmerzen",
        "mi fa male la schiena",
        "sim, estou com dor nas costas",
        "ik heb pijn in mijn rug",
        "bonjour, j'ai mal au dos",
        "oui merci",
        "nein danke",
        "vamos a empezar",
        "¿qué es esto?",
    };

    public static TheoryData<string> English => new()
    {
        "ok",
        "ja",
        "yes",
        "nah",
        "si",
        "no pain",
        "lowr back",
        "yse",
        "Hi, I'm Maria",
        "Jose here",
        "la la la",
        "me too",
        "pain 4",
        "a la carte",
        "ja ok",
        "de nada lol",
        "sure thing",
        "i accept",
    };

    [Theory]
    [MemberData(nameof(OtherLanguage))]
    public async Task A_message_in_another_language_gets_the_only_english_answer_and_the_question_again(string said)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");

        var replies = await chat.SayAsync(said);

        Assert.True(replies.Mention(OnlyEnglish) && replies.Last.AllText.Contains("accept", StringComparison.OrdinalIgnoreCase),
            $"\"{said}\" at the note got: {replies}");
        (await chat.SayAsync("yes")).Single(CardKind.SafetyCheck);
    }

    [Theory]
    [MemberData(nameof(English))]
    public async Task English_typos_names_and_short_answers_are_never_taken_for_another_language(string said)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");

        var replies = await chat.SayAsync(said);

        Assert.False(replies.Mention(OnlyEnglish), $"\"{said}\" was taken for another language: {replies}");
    }

    [Theory]
    [InlineData("bonjour")]
    [InlineData("hola, me duele la espalda")]
    public async Task Another_language_before_anything_started_says_how_to_begin(string said)
    {
        var chat = new SdkChat(host);

        var replies = await chat.SayAsync(said);

        Assert.True(replies.Mention(OnlyEnglish) && !replies.Has(CardKind.Disclaimer), $"\"{said}\" got: {replies}");
    }
}
