using CreditBot.Domain.Calendar;

namespace CreditBot.Domain.Tests.Calendar;

public class BusinessCalendarTests
{
    // Published Easter Sundays (calendar of the Paris diocese / Bureau des longitudes), including the earliest
    // (22 March) and latest (25 April) possible dates.
    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_falls_on_the_published_date(int year, int month, int day)
    {
        var easter = FrenchPublicHolidays.Easter(year);

        Assert.Equal(new DateOnly(year, month, day), easter);
    }

    [Fact]
    public void Easter_is_always_a_Sunday_between_22_March_and_25_April()
    {
        var wrong = Enumerable.Range(1583, 9999 - 1583 + 1)
            .Select(FrenchPublicHolidays.Easter)
            .Where(easter => easter.DayOfWeek != DayOfWeek.Sunday
                || easter < new DateOnly(easter.Year, 3, 22)
                || easter > new DateOnly(easter.Year, 4, 25))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_2026_holidays_are_the_eleven_of_the_official_calendar()
    {
        // service-public.fr, jours fériés 2026.
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 4, 6), new(2026, 5, 1), new(2026, 5, 8), new(2026, 5, 14), new(2026, 5, 25),
            new(2026, 7, 14), new(2026, 8, 15), new(2026, 11, 1), new(2026, 11, 11), new(2026, 12, 25),
        ];

        var holidays = FrenchPublicHolidays.Of(2026);

        Assert.Equal(expected, holidays.Select(h => h.Date));
    }

    [Fact]
    public void Alsace_Moselle_adds_Good_Friday_and_Saint_Stephen()
    {
        var general = FrenchPublicHolidays.Of(2027).Select(h => h.Date);

        var local = FrenchPublicHolidays.Of(2027, alsaceMoselle: true).Select(h => h.Date);

        Assert.Equal([new DateOnly(2027, 3, 26), new DateOnly(2027, 12, 26)], local.Except(general));
    }

    [Theory]
    [InlineData("2026-12-07", true)] // Monday
    [InlineData("2026-12-05", false)] // Saturday
    [InlineData("2026-12-06", false)] // Sunday
    [InlineData("2026-07-14", false)] // Tuesday, Fête nationale
    [InlineData("2026-04-06", false)] // Easter Monday
    [InlineData("2026-05-14", false)] // Ascension Thursday
    [InlineData("2026-05-15", true)] // the Friday after Ascension ("pont"), worked unless the company closes it
    [InlineData("2027-03-29", false)] // Easter Monday 2027
    [InlineData("2026-12-25", false)] // Christmas, a Friday
    public void Business_days_are_weekdays_that_are_not_public_holidays(string date, bool expected)
    {
        var isBusinessDay = BusinessCalendar.France.IsBusinessDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, isBusinessDay);
    }

    [Fact]
    public void Company_closing_days_and_worked_holidays_are_configurable()
    {
        var bridge = new DateOnly(2026, 5, 15);
        var whitMonday = new DateOnly(2026, 5, 25);

        var calendar = new BusinessCalendar(closedDays: [bridge], workedHolidays: [whitMonday]);

        Assert.False(calendar.IsBusinessDay(bridge));
        Assert.True(calendar.IsBusinessDay(whitMonday));
        Assert.False(BusinessCalendar.France.IsBusinessDay(whitMonday));
        Assert.True(BusinessCalendar.France.IsBusinessDay(bridge));
    }

    [Fact]
    public void The_previous_business_day_of_the_Tuesday_after_Easter_is_the_Friday_before()
    {
        var previous = BusinessCalendar.France.Previous(new DateOnly(2026, 4, 7));

        Assert.Equal(new DateOnly(2026, 4, 3), previous);
    }

    [Fact]
    public void The_first_business_day_on_or_after_Easter_Monday_is_the_Tuesday()
    {
        var first = BusinessCalendar.France.OnOrAfter(new DateOnly(2026, 4, 6));

        Assert.Equal(new DateOnly(2026, 4, 7), first);
        Assert.Equal(new DateOnly(2026, 4, 8), BusinessCalendar.France.OnOrAfter(new DateOnly(2026, 4, 8)));
    }
}
