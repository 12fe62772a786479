using System.Collections.Concurrent;

namespace CreditBot.Domain.Calendar;

/// <summary>
/// The company's working days: Monday to Friday, minus the French public holidays (computed each year) and the
/// company's own closing days (a bridge day, the week between Christmas and New Year), minus the holidays the
/// company works (Whit Monday is often worked as the "journée de solidarité").
/// </summary>
public sealed class BusinessCalendar
{
    private readonly HashSet<DateOnly> _closed;
    private readonly HashSet<DateOnly> _worked;
    private readonly bool _alsaceMoselle;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidays = new();

    public BusinessCalendar(IEnumerable<DateOnly>? closedDays = null, IEnumerable<DateOnly>? workedHolidays = null, bool alsaceMoselle = false)
    {
        _closed = [.. closedDays ?? []];
        _worked = [.. workedHolidays ?? []];
        _alsaceMoselle = alsaceMoselle;
    }

    /// <summary>The French calendar with no company closing day.</summary>
    public static BusinessCalendar France { get; } = new();

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_closed.Contains(date)
        && (!IsPublicHoliday(date) || _worked.Contains(date));

    public bool IsPublicHoliday(DateOnly date) =>
        _holidays.GetOrAdd(date.Year, year => [.. FrenchPublicHolidays.Of(year, _alsaceMoselle).Select(day => day.Date)]).Contains(date);

    /// <summary>The first business day on or after <paramref name="date"/>.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The last business day strictly before <paramref name="date"/> (Friday for a Monday).</summary>
    public DateOnly Previous(DateOnly date)
    {
        do
        {
            date = date.AddDays(-1);
        }
        while (!IsBusinessDay(date));
        return date;
    }
}
