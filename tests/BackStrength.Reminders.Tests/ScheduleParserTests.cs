using Microsoft.Extensions.DependencyInjection;
using BackStrength.Bot.Reminders;

namespace BackStrength.Reminders.Tests;

public class ScheduleParserTests
{
    private static readonly ScheduleParser Parser = ShippedContent.Services().GetRequiredService<ScheduleParser>();

    private const DayOfWeek Mon = DayOfWeek.Monday, Tue = DayOfWeek.Tuesday, Wed = DayOfWeek.Wednesday, Thu = DayOfWeek.Thursday,
        Fri = DayOfWeek.Friday, Sat = DayOfWeek.Saturday, Sun = DayOfWeek.Sunday;

    public static TheoryData<string, DayOfWeek[], int, int> Requests() => new()
    {
        { "remind me Monday, Wednesday and Friday at 9", [Mon, Wed, Fri], 9, 0 },
        { "weekdays at 8:30", [Mon, Tue, Wed, Thu, Fri], 8, 30 },
        { "every day at 7pm", [Mon, Tue, Wed, Thu, Fri, Sat, Sun], 19, 0 },
        { "tue thu 12:15", [Tue, Thu], 12, 15 },
        { "Remind me on Saturdays at 10 a.m.", [Sat], 10, 0 },
        { "remind me mon-fri at 7.45", [Mon, Tue, Wed, Thu, Fri], 7, 45 },
        { "remind me friday to monday at noon", [Mon, Fri, Sat, Sun], 12, 0 },
        { "weekends at 12am", [Sat, Sun], 0, 0 },
        { "daily 18:05", [Mon, Tue, Wed, Thu, Fri, Sat, Sun], 18, 5 },
        { "sunday at 12 pm", [Sun], 12, 0 },
        // A count before the time is not the time.
        { "remind me 3 days a week, mon wed fri at 8", [Mon, Wed, Fri], 8, 0 },
        { "2 times a week, tuesday and thursday, 7:30pm", [Tue, Thu], 19, 30 },
    };

    // Nobody wants exercise in the small hours: a bare hour before ScheduleWords:EarliestMorningHour is the afternoon's.
    // Held out on a live bot, "can you push it to 4:30" moved a 9:00 reminder to 04:30.
    [Theory]
    [InlineData("can you push it to 4:30", 16, 30)]
    [InlineData("weekdays at 5", 17, 0)]
    [InlineData("remind me mon wed at 1", 13, 0)]
    [InlineData("weekdays at 6", 6, 0)]
    [InlineData("weekdays at 5am", 5, 0)]
    [InlineData("weekdays at 05:30", 5, 30)]
    public void A_bare_hour_in_the_small_hours_is_read_as_the_afternoon(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), Parser.Parse(text).Time);

    [Theory]
    [InlineData("no reminders for 3 days")]
    [InlineData("reminders off for the next 2 weeks")]
    [InlineData("pause it 10 days")]
    public void A_count_of_days_or_weeks_is_not_a_time(string text) => Assert.Null(Parser.Parse(text).Time);

    [Theory]
    [MemberData(nameof(Requests))]
    public void Reads_the_days_and_the_time(string text, DayOfWeek[] days, int hour, int minute)
    {
        var request = Parser.Parse(text);

        Assert.Equal(days, request.Days);
        Assert.Equal(new TimeOnly(hour, minute), request.Time);
    }

    [Fact]
    public void The_day_words_come_from_the_conversation_file()
    {
        using var services = ShippedContent.Services(new() { ["Reminders:ScheduleWords:Days:Monday:3"] = "montag" });

        var request = services.GetRequiredService<ScheduleParser>().Parse("montag at 9");

        Assert.Equal([Mon], request.Days);
    }

    [Theory]
    [InlineData("remind me tomorrow at 8", 1, 8, 0)]
    [InlineData("Tomorrow 7:30am", 1, 7, 30)]
    [InlineData("remind me today at 5pm", 0, 17, 0)]
    [InlineData("today at noon", 0, 12, 0)]
    // In the evening a bare hour is the evening's: "tonight at 8" is 20:00, not 08:00.
    [InlineData("remind me tonight at 8", 0, 20, 0)]
    [InlineData("tonight at 11:30", 0, 23, 30)]
    [InlineData("tonight at 21:15", 0, 21, 15)]
    [InlineData("remind me tonight", 0, 19, 0)]
    public void Today_tomorrow_and_tonight_make_a_one_off(string text, int daysFromToday, int hour, int minute)
    {
        var request = Parser.Parse(text);

        Assert.Equal(daysFromToday, request.DaysFromToday);
        Assert.Equal(new TimeOnly(hour, minute), request.Time);
        Assert.Null(request.Days);
    }

    [Fact]
    public void A_one_off_without_a_time_has_its_day_but_no_time()
    {
        var request = Parser.Parse("remind me tomorrow");

        Assert.Equal(1, request.DaysFromToday);
        Assert.Null(request.Time);
    }

    [Theory]
    [InlineData("remind me every day at 8")]
    [InlineData("mon wed fri at 9")]
    [InlineData("remind me at 7pm")]
    public void A_weekly_schedule_is_not_a_one_off(string text) => Assert.Null(Parser.Parse(text).DaysFromToday);

    [Fact]
    public void The_one_off_words_and_tonights_time_come_from_the_conversation_file()
    {
        using var services = ShippedContent.Services(new()
        {
            ["Reminders:ScheduleWords:Tomorrow:4"] = "morgen",
            ["Reminders:ScheduleWords:TonightAt"] = "20:30",
        });
        var parser = services.GetRequiredService<ScheduleParser>();

        Assert.Equal(1, parser.Parse("morgen um 9").DaysFromToday);
        Assert.Equal(new TimeOnly(20, 30), parser.Parse("tonight").Time);
    }

    [Fact]
    public void Without_days_the_days_are_unknown_rather_than_guessed()
    {
        var request = Parser.Parse("remind me at 9:30");

        Assert.Null(request.Days);
        Assert.Equal(new TimeOnly(9, 30), request.Time);
    }

    [Theory]
    [InlineData("remind me on mondays")]
    [InlineData("remind me at 25:00")]
    [InlineData("remind me at 9:75")]
    [InlineData("remind me at 13pm")]
    public void A_time_that_is_missing_or_impossible_is_unknown(string text) =>
        Assert.Null(Parser.Parse(text).Time);

    [Theory]
    [InlineData("show my reminders")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_without_days_or_time_gives_neither(string? text)
    {
        var request = Parser.Parse(text);

        Assert.Null(request.Days);
        Assert.Null(request.Time);
    }

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("I'm in America/New_York.", "America/New_York")]
    [InlineData("UTC", "UTC")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("London", "Europe/London")]
    [InlineData("i live in new york", "America/New_York")]
    [InlineData("Tokyo time please", "Asia/Tokyo")]
    [InlineData("near Los Angeles", "America/Los_Angeles")]
    public void Finds_the_time_zone_a_person_names(string text, string expected) =>
        Assert.Equal(expected, TimeZoneNames.Find(text));

    [Theory]
    [InlineData("Atlantis/Capital")]
    [InlineData("somewhere warm")]
    [InlineData("I'm Casey")]
    [InlineData("")]
    public void An_unknown_time_zone_is_not_found(string text) => Assert.Null(TimeZoneNames.Find(text));
}
