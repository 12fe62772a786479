using CreditBot.Domain.Calendar;
using Cronos;

namespace CreditBot.Digests;

/// <summary>
/// When one digest runs: the cron's occurrences in the company zone (Cronos: daylight saving included) kept on
/// business days; an occurrence on a closed day is skipped, or with <paramref name="moveToNextBusinessDay"/> moved to
/// the next business day at the same wall-clock time (the Monday summary on Easter Monday goes out on Tuesday).
/// </summary>
public sealed class DigestSchedule(DigestKind kind, CronExpression cron, TimeZoneInfo zone, BusinessCalendar calendar, bool moveToNextBusinessDay)
{
    // Far enough back that a Monday moved past a holiday week still shows up.
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(10);

    public DigestKind Kind => kind;

    /// <summary>The first occurrence strictly after <paramref name="instant"/>, or null when the cron has none within two years.</summary>
    public DigestOccurrence? Next(DateTimeOffset instant) =>
        Occurrences(instant - Lookback, instant + TimeSpan.FromDays(731)).FirstOrDefault(o => o.At > instant);

    /// <summary>
    /// The occurrence of the business day <paramref name="instant"/> falls on whose time has come, if any: what a
    /// start-up catches up. A run missed on an earlier day is not.
    /// </summary>
    public DigestOccurrence? DueOn(DateTimeOffset instant)
    {
        var today = DateOf(instant);
        return Occurrences(instant - Lookback, instant + TimeSpan.FromSeconds(1))
            .LastOrDefault(o => o.At <= instant && o.BusinessDate == today);
    }

    /// <summary>The occurrence for a business date, if the schedule has one that day.</summary>
    public DigestOccurrence? On(DateOnly date)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), zone);
        return Occurrences(start - Lookback, start + TimeSpan.FromDays(2)).FirstOrDefault(o => o.BusinessDate == date);
    }

    private IEnumerable<DigestOccurrence> Occurrences(DateTimeOffset from, DateTimeOffset to)
    {
        DateOnly? last = null;
        foreach (var at in cron.GetOccurrences(from, to, zone, fromInclusive: true, toInclusive: true))
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            var date = DateOnly.FromDateTime(local.DateTime);
            DigestOccurrence? occurrence = null;
            if (calendar.IsBusinessDay(date))
            {
                occurrence = new DigestOccurrence(kind, date, at);
            }
            else if (moveToNextBusinessDay)
            {
                var moved = calendar.OnOrAfter(date);
                occurrence = new DigestOccurrence(kind, moved, AtLocal(moved, TimeOnly.FromDateTime(local.DateTime)));
            }

            // Two occurrences moved onto one day make one run.
            if (occurrence is not null && occurrence.BusinessDate != last)
            {
                last = occurrence.BusinessDate;
                yield return occurrence;
            }
        }
    }

    private DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private DateTimeOffset AtLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        while (zone.IsInvalidTime(local))
        {
            // Inside the spring-forward gap: the first valid minute after it.
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
