using CreditBot.Domain.Calendar;
using Cronos;
using Microsoft.Extensions.Options;

namespace CreditBot.Digests;

/// <summary>The daily and weekly schedules of <see cref="DigestOptions"/>, on the company's business calendar.</summary>
public sealed class DigestSchedules
{
    public DigestSchedules(IOptions<DigestOptions> options, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        Zone = zone;
        All =
        [
            new DigestSchedule(DigestKind.Daily, CronExpression.Parse(settings.DailyOverdueCron), zone, calendar, moveToNextBusinessDay: false),
            new DigestSchedule(DigestKind.Weekly, CronExpression.Parse(settings.WeeklySummaryCron), zone, calendar, moveToNextBusinessDay: true),
        ];
    }

    public TimeZoneInfo Zone { get; }

    public IReadOnlyList<DigestSchedule> All { get; }

    public DigestSchedule For(DigestKind kind) => All.First(s => s.Kind == kind);
}
